import type { Indicator, WaterClass } from './gb3838';
import type { Tone } from './tones';

/**
 * The water figures' records: what `water-figures.ts` derives for a dataset and `GET /water-quality/summary` serves,
 * as the wire has them (times as `+08:00` timestamps). The client's parsed shapes are `src/api/water-quality.ts`'s.
 */

/**
 * DESIGN §3 v3 "coverage": `ok` when a window holds at least 3 non-null slots in all and one in each of at least 3 of
 * its 4 quarters, whatever the data's cadence; `empty` without a reading (or for a window of no length); `sparse`
 * with readings, but too few or too bunched to stand for the window.
 */
export const COVERAGES = ['ok', 'empty', 'sparse'] as const;
export type Coverage = (typeof COVERAGES)[number];

export interface Stats {
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Non-null 4-hourly readings in the window. */
  count: number;
  /** Share of them at GB 3838 class III or better, 0…1; null where the indicator has no class at the station. */
  shareClassIIIOrBetter: number | null;
  coverage: Coverage;
}

/** Why a figure of the summary has no value (DESIGN §3 v3 "reasons"); null beside a figure that has one. */
export const REASONS = [
  'baseline-empty',
  'baseline-sparse',
  'during-empty',
  'during-sparse',
  'last-year-empty',
  'last-year-sparse',
  'baseline-zero',
  'last-year-zero',
  'event-after-data',
  'event-before-data',
  'not-reached',
  'not-yet',
  'too-few-days',
] as const;
export type Reason = (typeof REASONS)[number];

/** A half-open window [from, to) of `+08:00` timestamps. */
export interface WindowRecord {
  from: string;
  to: string;
}

export interface SummaryWindows {
  baseline: WindowRecord;
  during: WindowRecord;
  after: WindowRecord | null;
  lastYearBaseline: WindowRecord;
  lastYearDuring: WindowRecord;
}

export interface StationFiguresRecord {
  stationId: string;
  indicator: Indicator;
  latest: { time: string; value: number; class: WaterClass | null } | null;
  baseline: Stats;
  during: Stats;
  after: Stats | null;
  lastYearBaseline: Stats;
  lastYearDuring: Stats;
  /** during ÷ baseline − 1. */
  change: number | null;
  /** during ÷ last year's during − 1. */
  changeVsLastYear: number | null;
  /** (change − last year's change over the same windows) × 100, in percentage points. */
  netOfSeasonPts: number | null;
  lagDays: number | null;
  reasons: {
    change: Reason | null;
    changeVsLastYear: Reason | null;
    netOfSeasonPts: Reason | null;
    lagDays: Reason | null;
  };
  tones: { change: Tone | null; changeVsLastYear: Tone | null };
}

/** The body of `GET /water-quality/summary` for one event. */
export interface WaterSummaryRecord {
  asOf: string;
  /** `inData`: the during window holds a reading of some station (DESIGN §3 v3). */
  event: { id: string; start: string; end: string | null; inData: boolean };
  windows: SummaryWindows;
  figures: StationFiguresRecord[];
}

/** What the water part derives: its as-of time and one summary per transfer event, in the events' order. */
export interface WaterDerived {
  asOf: string;
  /** The first slot holding a reading (the grid's first slot when none does). */
  from: string;
  /** Each station's cadence by id (DESIGN §3 v3 "parts, cadence"): null for a station with fewer than two readings. */
  cadences: Record<string, Cadence | null>;
  summaries: WaterSummaryRecord[];
}

/** The cadences a station's readings are rounded to, in minutes: hourly, 4-hourly, daily, weekly. */
export const CADENCES = [60, 240, 1440, 10080] as const;
export type Cadence = (typeof CADENCES)[number];
