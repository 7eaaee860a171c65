import type { Interval, SeriesParams, Station } from '../../../api/water-quality';
import { parseShanghaiDate, shiftCalendarYears, toShanghaiDate } from '../../../domain/shanghai-time';
import { storyRange, windowDays, type PresetSummary } from '../../../stories/water-summary';

/**
 * What the water-quality page shows, as it lives in the URL: stations, a preset period or a free date range, the
 * interval, and whether last year's same days are drawn behind. Anything the URL says that cannot be honoured falls
 * back to the default.
 */

/** `story` (the transfer and the months around it) is the default and stays out of the URL. */
export const PRESETS = ['story', 'before', 'during', 'after', 'lastYear', 'all'] as const;
export type Preset = (typeof PRESETS)[number];

/** The page's search params as the router has already type-checked them (each one optional). */
export interface WaterQualitySearch {
  /** Station ids, comma-separated; absent = the stations the page opens on (`openingStations`). */
  stations?: string;
  preset?: Preset;
  /** Free range, `YYYY-MM-DD`, both inclusive; wins over `preset` when valid. */
  from?: string;
  to?: string;
  interval?: Interval;
  /** Draw the same days last year behind this year's lines. */
  lastYear?: boolean;
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
  lastYear: boolean;
}

export const DEFAULT_INTERVAL: Interval = '1d';

/**
 * The dates of a preset: the story, or one of the served summary's windows around the transfer ("lastYear" shows the
 * transfer's window, with last year drawn behind); null when it cannot be applied (no transfer, or no "after" while
 * it has not ended).
 */
export function presetRange(preset: Preset, summary: PresetSummary): { from?: string; to?: string } | null {
  if (preset === 'all') return {};
  if (preset === 'story') return storyRange(summary);
  if (!summary?.event.inData) return null;
  const { windows } = summary;
  const window = { before: windows.baseline, during: windows.during, lastYear: windows.during, after: windows.after }[
    preset
  ];
  return window && windowDays(window);
}

function freeRange(search: WaterQualitySearch): { from: string; to: string } | null {
  const { from, to } = search;
  if (from === undefined || to === undefined) return null;
  const [start, end] = [parseShanghaiDate(from), parseShanghaiDate(to)];
  return start !== null && end !== null && start <= end ? { from, to } : null;
}

function chosenStations(list: string | undefined, stations: readonly Station[], opening: readonly string[]): string[] {
  const wanted = new Set((list ?? '').split(',').map((id) => id.trim()));
  const known = stations.filter((s) => wanted.has(s.id)).map((s) => s.id);
  if (known.length > 0) return known;
  return opening.length > 0 ? [...opening] : stations.map((s) => s.id);
}

/**
 * The view a URL asks for. `opening` picks the stations when the URL names none (the page passes
 * `openingStations` of the range it opens on; every station when it is not given or empty).
 */
export function resolveView(
  search: WaterQualitySearch,
  stations: readonly Station[],
  summary: PresetSummary,
  opening: (range: { from?: string; to?: string }) => readonly string[] = () => [],
): WaterQualityView {
  const free = freeRange(search);
  const preset = search.preset ?? 'story';
  const range = free ?? presetRange(preset, summary) ?? storyRange(summary);
  const stationIds = chosenStations(search.stations, stations, search.stations ? [] : opening(range));
  const interval = search.interval ?? DEFAULT_INTERVAL;
  const base = { stationIds, allStations: stationIds.length === stations.length, interval };
  if (free) return { ...base, preset: 'custom', ...free, lastYear: search.lastYear ?? false };
  if (!presetRange(preset, summary))
    return { ...base, preset: 'story', ...storyRange(summary), lastYear: search.lastYear ?? false };
  // The "transfer vs last year" preset is the transfer's window with last year behind it (unless turned off).
  return { ...base, preset, ...range, lastYear: search.lastYear ?? preset === 'lastYear' };
}

/**
 * The series request for a view, in canonical form: parameters that equal the API's defaults are left out, so that
 * the same data is cached under one key.
 */
export function viewSeriesParams(view: WaterQualityView): SeriesParams {
  return {
    ...(view.allStations ? {} : { stations: view.stationIds }),
    ...(view.from === undefined ? {} : { from: view.from }),
    ...(view.to === undefined ? {} : { to: view.to }),
    interval: view.interval,
  };
}

/**
 * Last year's request for the range a series answer covered: the same stations and interval, both ends one calendar
 * year earlier (29 February → 28 February).
 */
export function lastYearSeriesParams(view: WaterQualityView, shown: { from: string; to: string }): SeriesParams {
  const back = (date: string) => toShanghaiDate(shiftCalendarYears(parseShanghaiDate(date)!, -1));
  return { ...viewSeriesParams(view), from: back(shown.from), to: back(shown.to) };
}

/** The search params that show `view` (defaults left out, so that the default view has a clean URL). */
export function viewSearch(view: WaterQualityView): WaterQualitySearch {
  return {
    stations: view.allStations ? undefined : view.stationIds.join(','),
    preset: view.preset === 'custom' || view.preset === 'story' ? undefined : view.preset,
    from: view.preset === 'custom' ? view.from : undefined,
    to: view.preset === 'custom' ? view.to : undefined,
    interval: view.interval === DEFAULT_INTERVAL ? undefined : view.interval,
    lastYear: view.lastYear === (view.preset === 'lastYear') ? undefined : view.lastYear,
  };
}

/**
 * The series request a URL asks for when it can be known before the stations and the summary are: no station filter
 * and a free range or the whole dataset. Lets a fresh link start its chart data at once; null otherwise.
 */
export function earlySeriesParams(search: WaterQualitySearch): SeriesParams | null {
  if (search.stations !== undefined) return null;
  const free = freeRange(search);
  if (!free && search.preset !== 'all') return null;
  return viewSeriesParams({
    stationIds: [],
    allStations: true,
    preset: 'all',
    ...free,
    interval: search.interval ?? DEFAULT_INTERVAL,
    lastYear: false,
  });
}
