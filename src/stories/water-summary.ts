import type { Indicator, Station, StationFigures, WaterSummary } from '../api/water-quality';
import { DAY_MS, parseShanghaiDate, toShanghaiDate } from '../domain/shanghai-time';

/**
 * Reading the served water summary, for every screen that shows the water story (the overview, `/water-quality`, the
 * wall, the briefing, the map): its figures are shown as they come, never recomputed here.
 */

/** The station the overview, the wall and the briefing lead with; null when the data names none. */
export const headlineStation = (stations: readonly Station[]) => stations.find((s) => s.headline) ?? null;

/** One station's and indicator's figures, or null when the summary has none for it (or there is no summary). */
export const figuresOf = (
  summary: WaterSummary | null,
  stationId: string,
  indicator: Indicator,
): StationFigures | null =>
  summary?.figures.find((f) => f.stationId === stationId && f.indicator === indicator) ?? null;

/** The served summary the presets are read from; null when the dataset has no transfer event. */
export type PresetSummary = Pick<WaterSummary, 'asOf' | 'event' | 'windows'> | null;

/** Days of lead before the transfer that the screens open with (DESIGN §7 "dataset period"). */
const STORY_LEAD_DAYS = 100;

/** The whole days of a half-open window: its first day to the day of its last instant. */
export const windowDays = (window: { from: number; to: number }) => ({
  from: toShanghaiDate(window.from),
  to: toShanghaiDate(window.to - 1),
});

/**
 * What the screens open on: from 100 days before the transfer, rounded back to the first of its month (so that an
 * axis starts on a month, and the illustrative data opens on 2023-07-01 as DESIGN §3 says), to the as-of day. The
 * API clips a range to the data. Without a transfer in the data: the whole dataset.
 */
export function storyRange(summary: PresetSummary): { from?: string; to?: string } {
  // A transfer that holds no reading (an import from other years) frames nothing: the story is the whole dataset.
  if (!summary?.event.inData) return {};
  const lead = toShanghaiDate(summary.event.start - STORY_LEAD_DAYS * DAY_MS);
  return { from: `${lead.slice(0, 7)}-01`, to: toShanghaiDate(summary.asOf) };
}

/** Daily points within the story's days (all of them without a transfer): what the overview and the wall draw. */
export function inStory<T extends readonly [number, unknown]>(points: readonly T[], summary: PresetSummary): T[] {
  const { from, to } = storyRange(summary);
  const [first, last] = [from ? parseShanghaiDate(from)! : -Infinity, to ? parseShanghaiDate(to)! : Infinity];
  return points.filter(([t]) => t >= first && t <= last);
}
