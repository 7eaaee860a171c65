import { useEffect, useReducer, useRef, type Ref } from 'react';
import { ChartTableView } from './chart-table-view';
import type { ECOption } from './echarts';
import { useNearViewport } from './use-near-viewport';

export interface ChartProps {
  option: ECOption;
  /** What the chart shows, in words: ECharts' aria puts it on the chart as its accessible name (role img). */
  description: string;
  height?: number | string;
  className?: string;
  /** ECharts events by name, e.g. `{ click: … }`. */
  onEvents?: Record<string, (params: unknown) => void>;
  /** Charts of one group zoom, pan and show tooltips together (`echarts.connect`). */
  group?: string;
  /**
   * Update the chart in place rather than rebuild it on a new option: for options whose structure stays the same
   * and only styles or data change (the wall's rotation, every second for days). Series are matched by `id`, and a
   * series the new option no longer has is removed.
   */
  merge?: boolean;
  /** Offer the data as a table under the chart ("view as table"); the wall, which nobody operates, turns it off. */
  table?: boolean;
  /**
   * Draw as SVG instead of on a canvas: vector graphics that stay sharp in a PDF (the briefing). The SVG renderer is
   * loaded with the chart only when asked for.
   */
  renderer?: 'canvas' | 'svg';
  /** Draw at once rather than when near the screen: a page about to be printed needs every chart drawn. */
  eager?: boolean;
  /** The GeoJSON a `geo` option draws, registered under `name` before the option is set (the schematic map). */
  geoMap?: { name: string; geoJson: object };
  ref?: Ref<ChartHandle>;
}

/** What a chart offers its owner without handing out the ECharts instance. */
export interface ChartHandle {
  /** The chart as drawn now, as a PNG at twice its size on `background`, without zoom sliders; null before it exists. */
  toImage(background: string): ChartImage | null;
}

export interface ChartImage {
  dataUrl: string;
  /** CSS pixels. */
  width: number;
  height: number;
  pixelRatio: number;
}

/** ECharts modules beyond the common ones (`echarts.ts`) that some options need, each in a chunk of its own. */
export type ChartExtension = 'bar' | 'zoom' | 'svg' | 'map';

/** What a panel's charts draw with (`Panel`'s `charts`): lines only, or with bars, or with zoom. */
export const CHART_KINDS = {
  line: [],
  bar: ['bar'],
  zoom: ['zoom'],
  map: ['map'],
} as const satisfies Record<string, readonly ChartExtension[]>;

const extensions: Record<ChartExtension, () => Promise<unknown>> = {
  bar: () => import('./echarts-bar'),
  zoom: () => import('./echarts-zoom'),
  svg: () => import('./echarts-svg'),
  map: () => import('./echarts-map'),
};

/** The extensions an option draws with: bar series; dataZoom or a scrolling legend; a geo (the map). */
export function extensionsFor(option: ECOption): ChartExtension[] {
  const needs: ChartExtension[] = [];
  if ([option.geo ?? []].flat().length > 0) needs.push('map');
  if ([option.series ?? []].flat().some((series) => series?.type === 'bar')) needs.push('bar');
  const scrolls = [option.legend ?? []].flat().some((legend) => legend?.type === 'scroll');
  const zooms = [option.dataZoom ?? []].flat().length > 0;
  if (zooms || scrolls) needs.push('zoom');
  return needs;
}

type Renderer = typeof import('./echarts-chart');

/** A load that says how it ended once it has (`useSettled`). */
type Load<T> = Promise<T> & { status?: 'fulfilled' | 'rejected'; value?: T; reason?: unknown };
const loads = new Map<string, Load<Renderer>>();
/** What a chart not yet near the screen waits on: nothing. */
const idle: Load<Renderer> = new Promise(() => undefined);

/**
 * Loads ECharts (over half of the app's JavaScript) with `needs`, once per set: the same promise each time, marked
 * with how it ended (`status`, `value` or `reason`). Panels and routes call it ahead of the chart. A failed load (the
 * network) reaches the panel's error boundary, and is forgotten, so that the boundary's retry tries again.
 */
export function loadCharts(needs: readonly ChartExtension[] = []): Load<Renderer> {
  const key = [...needs].sort().join();
  let load = loads.get(key);
  if (!load) {
    const started: Load<Renderer> = Promise.all([
      import('./echarts-chart'),
      ...needs.map((name) => extensions[name]()),
    ]).then(([renderer]) => renderer);
    started.then(
      (value) => {
        started.status = 'fulfilled';
        started.value = value;
      },
      (reason: unknown) => {
        started.status = 'rejected';
        started.reason = reason;
        loads.delete(key);
      },
    );
    load = started;
    loads.set(key, load);
  }
  return load;
}

/**
 * The value of `load` once it is in, null until then; its error, thrown, if it failed. Not React's `use` with
 * Suspense: React holds back revealing a suspended boundary for up to 300 ms, and the first chart waited out that
 * throttle after its code had arrived. A state update draws it at once.
 */
function useSettled<T>(load: Load<T>): T | null {
  const [, settled] = useReducer((count: number) => count + 1, 0);
  // Rendered before it settled: render again when it has (at once if it did since).
  const pending = load.status === undefined;
  useEffect(() => {
    if (pending) load.then(settled, settled);
  }, [load, pending]);
  if (load.status === 'rejected') throw load.reason;
  return load.status === 'fulfilled' ? load.value! : null;
}

/**
 * A chart, with its data as a table on request. ECharts is not part of the page's first JavaScript: the page (its
 * frames, figures and tables) renders without it, and the chart takes its place, at the same height, once the
 * library is in and the chart is near the screen.
 */
export function Chart({ table = true, eager = false, ...props }: ChartProps) {
  const { height = 280, className } = props;
  const placeholder = useRef<HTMLDivElement>(null);
  const near = useNearViewport(placeholder, !eager) || eager;
  const needs = extensionsFor(props.option);
  // Asked for only once near: a chart below the fold does not load ECharts with the page.
  const renderer = useSettled(near ? loadCharts(props.renderer === 'svg' ? [...needs, 'svg'] : needs) : idle);
  return (
    <>
      {renderer ? (
        <renderer.EChartsChart {...props} height={height} />
      ) : (
        <div ref={placeholder} className={className} style={{ height }} data-chart-loading="" />
      )}
      {table && <ChartTableView option={props.option} caption={props.description} />}
    </>
  );
}
