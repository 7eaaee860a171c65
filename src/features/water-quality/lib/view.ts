import type { Interval, SeriesParams, Station, WaterSummary } from '../../../api/water-quality';
import { parseShanghaiDate, toShanghaiDate } from '../../../domain/shanghai-time';

/**
 * What the water-quality page shows, as it lives in the URL: stations, a preset period or a free date range, and the
 * interval. Anything the URL says that cannot be honoured falls back to the default.
 */

export const PRESETS = ['before', 'during', 'after', 'all'] as const;
export type Preset = (typeof PRESETS)[number];

/** The page's search params as the router has already type-checked them (each one optional). */
export interface WaterQualitySearch {
  /** Station ids, comma-separated; absent = every station. */
  stations?: string;
  preset?: Preset;
  /** Free range, `YYYY-MM-DD`, both inclusive; wins over `preset` when valid. */
  from?: string;
  to?: string;
  interval?: Interval;
}

export interface WaterQualityView {
  /** Chosen stations in the API's order; never empty while any station exists. */
  stationIds: string[];
  allStations: boolean;
  /** The preset in force, or `custom` for a free range. */
  preset: Preset | 'custom';
  /** Inclusive dates; undefined = from the start / to the end of the dataset. */
  from?: string;
  to?: string;
  interval: Interval;
}

export const DEFAULT_INTERVAL: Interval = '1d';

/** The summary's windows the presets show; null when the dataset has no transfer event. */
export type PresetWindows = Pick<WaterSummary['windows'], 'baseline' | 'during' | 'after'> | null;

/** The whole days of a half-open window: its first day to the day of its last instant. */
const windowDays = (window: { from: number; to: number }) => ({
  from: toShanghaiDate(window.from),
  to: toShanghaiDate(window.to - 1),
});

/**
 * The dates of a preset: one of the served summary's windows around the transfer; null when it cannot be applied
 * (no transfer, or no "after" while it has not ended).
 */
export function presetRange(preset: Preset, windows: PresetWindows): { from?: string; to?: string } | null {
  if (preset === 'all') return {};
  if (!windows) return null;
  const window = { before: windows.baseline, during: windows.during, after: windows.after }[preset];
  return window && windowDays(window);
}

function freeRange(search: WaterQualitySearch): { from: string; to: string } | null {
  const { from, to } = search;
  if (from === undefined || to === undefined) return null;
  const [start, end] = [parseShanghaiDate(from), parseShanghaiDate(to)];
  return start !== null && end !== null && start <= end ? { from, to } : null;
}

function chosenStations(list: string | undefined, stations: readonly Station[]): string[] {
  const wanted = new Set((list ?? '').split(',').map((id) => id.trim()));
  const known = stations.filter((s) => wanted.has(s.id)).map((s) => s.id);
  return known.length > 0 ? known : stations.map((s) => s.id);
}

export function resolveView(
  search: WaterQualitySearch,
  stations: readonly Station[],
  windows: PresetWindows,
): WaterQualityView {
  const stationIds = chosenStations(search.stations, stations);
  const interval = search.interval ?? DEFAULT_INTERVAL;
  const base = { stationIds, allStations: stationIds.length === stations.length, interval };
  const free = freeRange(search);
  if (free) return { ...base, preset: 'custom', ...free };
  const preset = search.preset ?? 'all';
  const range = presetRange(preset, windows);
  return range ? { ...base, preset, ...range } : { ...base, preset: 'all' };
}

/**
 * The series request for a view, in canonical form: parameters that equal the API's defaults are left out, so that
 * the same data is cached under one key (the whole dataset's daily means are also what the overview and the wall draw).
 */
export function viewSeriesParams(view: WaterQualityView): SeriesParams {
  return {
    ...(view.allStations ? {} : { stations: view.stationIds }),
    ...(view.from === undefined ? {} : { from: view.from }),
    ...(view.to === undefined ? {} : { to: view.to }),
    interval: view.interval,
  };
}

/** The search params that show `view` (defaults left out, so that the default view has a clean URL). */
export function viewSearch(view: WaterQualityView): WaterQualitySearch {
  return {
    stations: view.allStations ? undefined : view.stationIds.join(','),
    preset: view.preset === 'custom' || view.preset === 'all' ? undefined : view.preset,
    from: view.preset === 'custom' ? view.from : undefined,
    to: view.preset === 'custom' ? view.to : undefined,
    interval: view.interval === DEFAULT_INTERVAL ? undefined : view.interval,
  };
}

/**
 * The series request a URL asks for when it can be known before the stations and the transfer are: no station filter
 * and no period around the transfer. Lets a fresh link start its chart data at once; null otherwise.
 */
export function earlySeriesParams(search: WaterQualitySearch): SeriesParams | null {
  if (search.stations !== undefined) return null;
  const free = freeRange(search);
  if (!free && search.preset !== undefined && search.preset !== 'all') return null;
  return viewSeriesParams({
    stationIds: [],
    allStations: true,
    preset: 'all',
    ...free,
    interval: search.interval ?? DEFAULT_INTERVAL,
  });
}
