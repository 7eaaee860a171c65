/**
 * The chart platform's one registry: every option builder a page draws with, and every ECharts extension an option
 * may need. Plain data (the Vite config reads it too). What must agree with it is derived from it or typed by it:
 *  - the recipe types (`recipes.ts`) from each chart's builder type;
 *  - what a page starts when it is matched — the worker that draws its snapshots, and the chart code of its first
 *    screen (`firstScreenCharts`) — from each chart's `firstScreen`;
 *  - the bundle's chunks: `vite.config.ts` keeps each extension's `files` out of the first chart's `echarts` chunk;
 *  - the loaders, which live where they run: the page's (`chart-loader.ts`) typed by `ChartExtension`, the snapshot
 *    worker's (`snapshot/cook.ts`, `snapshot/render-snapshot.ts`) by `SnapshotChart` and `SnapshotExtension`, so that
 *    the compiler says when one is missing and the worker holds no loader it does not need.
 * Adding a chart is a builder in `options/`, an entry here, the panel that draws it and its place on a page (README,
 * "Add a chart"); one drawn first as a snapshot is also a line in the worker's `snapshot/cook.ts`.
 */

/**
 * ECharts modules beyond the common ones (`echarts.ts`) that some options need, each registered by a module of its
 * own, `echarts-NAME.ts`. The page and the snapshot worker each load their own copy; the worker draws neither the
 * briefing's SVG, nor the map, nor tooltips. `files`: the ECharts files only that extension uses, by path (ECharts'
 * barrels, `echarts/charts` and the like, import every module, so the import graph cannot tell them apart).
 */
export const EXTENSIONS = {
  bar: {
    inSnapshots: true,
    files:
      /[\\/](chart[\\/]bar|layout[\\/]bar|axisSnippets|sectorHelper|axisStatisticsMetricsImpl|sectorLabel|sausage)/,
  },
  zoom: { inSnapshots: true, files: /[\\/](dataZoom|legend[\\/](Scroll|installLegendScroll))/ },
  svg: {
    inSnapshots: false,
    files: /[\\/](renderer[\\/]svg|renderer[\\/]installSVGRenderer|zrender[\\/]lib[\\/]svg[\\/])/,
  },
  map: {
    inSnapshots: false,
    files:
      /[\\/](component[\\/]geo|coord[\\/]geo|geo[\\/]|chart[\\/](scatter|lines|map)[\\/]|tool[\\/]parseSVG|component[\\/]helper[\\/](MapDraw|RoamController|roamHelper|cursorHelper|interactionMutex)|chart[\\/]helper[\\/](EffectLine|EffectPolyline|EffectSymbol|LargeLineDraw|LargeSymbolDraw|LineDraw|Line\\.|LinePath|Polyline))/,
  },
  /** Loaded on the first hover (`tooltip-loader.ts`), never asked for by an option. */
  tooltip: { inSnapshots: false, files: /[\\/]component[\\/](tooltip|axisPointer)[\\/]/ },
} as const;

export type ChartExtension = keyof typeof EXTENSIONS;
/** The extensions an option asks for; the tooltip comes with the first hover instead. */
export type OptionExtension = Exclude<ChartExtension, 'tooltip'>;

/** How a page's first screen draws a chart: as a snapshot from the worker first, or live at once. */
type FirstDrawing = 'snapshot' | 'live';

interface ChartEntry {
  /** The extensions its options may draw with (a test checks them against what the options do draw with). */
  extensions: readonly OptionExtension[];
  /** The pages whose first screen draws it, by path, and how. */
  firstScreen: Readonly<Record<string, FirstDrawing>>;
}

/** Every builder, by the name recipes give it. */
export const CHARTS = {
  trendOverview: {
    extensions: [],
    firstScreen: { '/': 'snapshot' },
  },
  cumulativeProgress: {
    extensions: [],
    firstScreen: { '/': 'snapshot', '/sewers': 'snapshot', '/wall': 'live' },
  },
  townVillages: {
    extensions: ['bar'],
    firstScreen: { '/sewers': 'snapshot', '/wall': 'live' },
  },
  townKm: {
    extensions: ['bar'],
    firstScreen: { '/sewers': 'snapshot' },
  },
  stationTrend: {
    extensions: ['zoom'],
    firstScreen: { '/water-quality': 'snapshot', '/wall': 'live' },
  },
  schematicMap: {
    extensions: ['map'],
    firstScreen: {},
  },
  importPreview: {
    extensions: [],
    firstScreen: {},
  },
} as const satisfies Record<string, ChartEntry>;

/**
 * Each chart's builder, by the same names: types only, so that the registry loads no code (`recipes.ts` reads them,
 * and fails to compile for a chart without one).
 */
export interface ChartBuilders {
  trendOverview: typeof import('./options/trend-overview').buildTrendOverviewOption;
  cumulativeProgress: typeof import('./options/cumulative-progress').buildCumulativeProgressOption;
  townVillages: typeof import('./options/town-progress').buildTownVillagesOption;
  townKm: typeof import('./options/town-progress').buildTownKmOption;
  stationTrend: typeof import('./options/station-trend').stationTrendOption;
  schematicMap: typeof import('./options/schematic-map').buildSchematicMapOption;
  importPreview: typeof import('./options/import-preview').buildImportPreviewOption;
}

export type ChartName = keyof typeof CHARTS;

/**
 * The charts some page's first screen draws as a snapshot, and the extensions snapshots may draw with: the snapshot
 * worker lists their loaders itself (`snapshot/cook.ts`, `snapshot/render-snapshot.ts`), typed by these, so that it
 * loads nothing else (its chunks would split around every loader it holds) and the compiler says when it misses one.
 */
export type SnapshotChart = {
  [K in ChartName]: 'snapshot' extends (typeof CHARTS)[K]['firstScreen'][keyof (typeof CHARTS)[K]['firstScreen']]
    ? K
    : never;
}[ChartName];
export type SnapshotExtension = {
  [K in OptionExtension]: (typeof EXTENSIONS)[K]['inSnapshots'] extends true ? K : never;
}[OptionExtension];

/** The charts a page's first screen draws `how`. */
export const firstScreenCharts = (path: string, how: FirstDrawing): ChartEntry[] =>
  Object.values(CHARTS).filter((chart: ChartEntry) => chart.firstScreen[path] === how);

/** The extensions `charts` draw with, without repeats. */
export const extensionsOf = (charts: readonly ChartEntry[]) => [
  ...new Set(charts.flatMap((chart) => chart.extensions)),
];
