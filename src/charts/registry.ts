/**
 * The chart platform's one registry: every option builder a page draws with, and every ECharts extension an option
 * may need. What must agree with it is derived from it:
 *  - the recipe types (`recipes.ts`) and the snapshot worker's builders (`snapshot/cook.ts`) from `CHARTS`;
 *  - the extensions the page and the snapshot worker load (`chart-loader.ts`, `snapshot/render-snapshot.ts`) from
 *    `EXTENSIONS`;
 *  - what a page starts when it is matched — the worker that draws its snapshots, and the chart code of its first
 *    screen (`firstScreenExtensions`) — from each chart's `firstScreen`;
 *  - the bundle's chunks: `vite.config.ts` keeps what only an extension uses out of the first chart's `echarts` chunk,
 *    by a rule per extension that the registry's type requires.
 * Adding a chart is a builder in `options/`, a line here and the panel that draws it (README, "Add a chart").
 */
import type { ECOption } from './echarts';

/**
 * ECharts modules beyond the common ones (`echarts.ts`) that some options need, each registered by a module of its
 * own. The page and the snapshot worker each load their own copy; the worker draws neither the briefing's SVG, nor
 * the map, nor tooltips. `vite.config.ts` names the ECharts files only each uses, and keeps them out of the first
 * chart's `echarts` chunk.
 */
export const EXTENSIONS = {
  bar: {
    load: () => import('./echarts-bar'),
    inSnapshots: true,
  },
  zoom: {
    load: () => import('./echarts-zoom'),
    inSnapshots: true,
  },
  svg: {
    load: () => import('./echarts-svg'),
    inSnapshots: false,
  },
  map: {
    load: () => import('./echarts-map'),
    inSnapshots: false,
  },
  /** Loaded on the first hover (`tooltip-loader.ts`), never asked for by an option. */
  tooltip: {
    load: () => import('./echarts-tooltip'),
    inSnapshots: false,
  },
} as const;

export type ChartExtension = keyof typeof EXTENSIONS;

/** How a page's first screen draws a chart: as a snapshot from the worker first, or live at once. */
type FirstDrawing = 'snapshot' | 'live';

interface ChartEntry {
  /** The builder, loaded (the worker loads a builder when a recipe first names it). */
  load: () => Promise<(...args: never[]) => ECOption>;
  /** The extensions its options may draw with (a test checks them against what the options do draw with). */
  extensions: readonly ChartExtension[];
  /** The pages whose first screen draws it, by path, and how. */
  firstScreen: Readonly<Record<string, FirstDrawing>>;
}

/** Every builder, by the name recipes give it. */
export const CHARTS = {
  trendOverview: {
    load: () => import('./options/trend-overview').then((module) => module.buildTrendOverviewOption),
    extensions: [],
    firstScreen: { '/': 'snapshot' },
  },
  cumulativeProgress: {
    load: () => import('./options/cumulative-progress').then((module) => module.buildCumulativeProgressOption),
    extensions: [],
    firstScreen: { '/': 'snapshot', '/sewers': 'snapshot', '/wall': 'live' },
  },
  townVillages: {
    load: () => import('./options/town-progress').then((module) => module.buildTownVillagesOption),
    extensions: ['bar'],
    firstScreen: { '/sewers': 'snapshot', '/wall': 'live' },
  },
  townKm: {
    load: () => import('./options/town-progress').then((module) => module.buildTownKmOption),
    extensions: ['bar'],
    firstScreen: { '/sewers': 'snapshot' },
  },
  stationTrend: {
    load: () => import('./options/station-trend').then((module) => module.stationTrendOption),
    extensions: ['zoom'],
    firstScreen: { '/water-quality': 'snapshot', '/wall': 'live' },
  },
  schematicMap: {
    load: () => import('./options/schematic-map').then((module) => module.buildSchematicMapOption),
    extensions: ['map'],
    firstScreen: {},
  },
  importPreview: {
    load: () => import('./options/import-preview').then((module) => module.buildImportPreviewOption),
    extensions: [],
    firstScreen: {},
  },
} as const satisfies Record<string, ChartEntry>;

export type ChartName = keyof typeof CHARTS;

/** The extensions of the charts a page's first screen draws `how`, without repeats. */
export function firstScreenExtensions(path: string, how: FirstDrawing): ChartExtension[] {
  const charts: readonly ChartEntry[] = Object.values(CHARTS);
  const drawn = charts.filter((chart) => chart.firstScreen[path] === how);
  return [...new Set(drawn.flatMap((chart) => chart.extensions))];
}

/** Whether a page's first screen draws a chart as a snapshot: the worker starts with that page. */
export const drawsSnapshots = (path: string): boolean =>
  Object.values(CHARTS).some((chart: ChartEntry) => chart.firstScreen[path] === 'snapshot');
