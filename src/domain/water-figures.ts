import type { StationRecord, TransferEventRecord, WaterDataset } from './dataset';
import { classify, INDICATORS, isClassified, meetsClassIII, type Indicator, type WaterClass } from './gb3838';
import { meanOf, SLOT_MS, SLOTS_PER_DAY } from './readings';
import {
  DAY_MS,
  parseShanghaiTimestamp,
  shiftCalendarYears,
  startOfShanghaiDay,
  toShanghaiTimestamp,
} from './shanghai-time';

/**
 * Every figure the dashboard states about a transfer, computed once per dataset by DESIGN §3's definitions
 * ("windows", "figures", "arrival lag") and served by `GET /water-quality/summary`. Runs wherever a dataset becomes
 * active: the generator (the illustrative data), the import worker, tests. Screens read the result; none recomputes it.
 */

export const BASELINE_DAYS = 30;
/** The trailing window of the arrival lag, the days it needs present, and the fall it waits for. */
const LAG_WINDOW_DAYS = 7;
const LAG_MIN_DAYS = 4;
const LAG_THRESHOLD = 0.8;

export interface Stats {
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Non-null 4-hourly readings in the window. */
  count: number;
  /** Share of them at GB 3838 class III or better, 0…1; null where the indicator has no class at the station. */
  shareClassIIIOrBetter: number | null;
}

/** A half-open window [from, to) of `+08:00` timestamps. */
export interface Window {
  from: string;
  to: string;
}

export interface SummaryWindows {
  baseline: Window;
  during: Window;
  after: Window | null;
  lastYearBaseline: Window;
  lastYearDuring: Window;
}

export interface StationFigures {
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
}

/** The body of `GET /water-quality/summary` for one event. */
export interface WaterSummary {
  asOf: string;
  event: { id: string; start: string; end: string | null };
  windows: SummaryWindows;
  figures: StationFigures[];
}

/** What the water part derives: its as-of time and one summary per transfer event, in the events' order. */
export interface WaterDerived {
  asOf: string;
  summaries: WaterSummary[];
}

interface Span {
  from: number;
  to: number;
}

const ms = (timestamp: string) => {
  const value = parseShanghaiTimestamp(timestamp);
  if (value === null) throw new Error(`not a +08:00 timestamp: ${timestamp}`);
  return value;
};

const asWindow = ({ from, to }: Span): Window => ({ from: toShanghaiTimestamp(from), to: toShanghaiTimestamp(to) });
const yearEarlier = ({ from, to }: Span): Span => ({
  from: shiftCalendarYears(from, -1),
  to: shiftCalendarYears(to, -1),
});

/** `current ÷ reference − 1`, or null when either is missing or the reference is 0. */
const ratioChange = (current: number | null, reference: number | null) =>
  current === null || reference === null || reference === 0 ? null : current / reference - 1;

/** The last slot holding a reading of any station and indicator; the grid's first slot when it holds none. */
export function waterAsOf(dataset: WaterDataset): number {
  const { readings } = dataset;
  let last = -1;
  for (const byIndicator of Object.values(readings.values)) {
    for (const values of Object.values(byIndicator)) {
      for (let i = values.length - 1; i > last; i--) {
        if (values[i] !== null) {
          last = i;
          break;
        }
      }
    }
  }
  return ms(readings.start) + Math.max(0, last) * SLOT_MS;
}

/** DESIGN §3 "windows" for an event, given the as-of slot. */
export function eventWindows(event: Pick<TransferEventRecord, 'start' | 'end'>, asOf: number) {
  const start = ms(event.start);
  const end = event.end === null ? null : ms(event.end);
  const afterAsOf = asOf + SLOT_MS;
  const baseline = { from: start - BASELINE_DAYS * DAY_MS, to: start };
  const during = { from: start, to: end ?? afterAsOf };
  const after = end === null || end > asOf ? null : { from: end, to: afterAsOf };
  return { baseline, during, after, lastYearBaseline: yearEarlier(baseline), lastYearDuring: yearEarlier(during) };
}

/** One series on the grid: its values and the slot index of any time. */
class GridSeries {
  constructor(
    readonly values: readonly (number | null)[],
    private readonly start: number,
  ) {}

  /** The index of the first slot at or after `time` (may lie outside the data). */
  slotAt(time: number): number {
    return Math.ceil((time - this.start) / SLOT_MS);
  }

  /** Stats of a window; less than half of its slots holding a value gives null mean, min, max and share. */
  stats(span: Span, indicator: Indicator, station: StationRecord): Stats {
    const [first, end] = [this.slotAt(span.from), this.slotAt(span.to)];
    const values: number[] = [];
    for (let i = Math.max(0, first); i < Math.min(end, this.values.length); i++) {
      const v = this.values[i];
      if (v !== null && v !== undefined) values.push(v);
    }
    const count = values.length;
    if (count === 0 || count * 2 < end - first) {
      return { mean: null, min: null, max: null, count, shareClassIIIOrBetter: null };
    }
    const classified = isClassified(indicator, station.kind);
    let [sum, min, max, meeting] = [0, Infinity, -Infinity, 0];
    for (const v of values) {
      [sum, min, max] = [sum + v, Math.min(min, v), Math.max(max, v)];
      if (classified && meetsClassIII(classify(indicator, v, station.kind)!)) meeting += 1;
    }
    return { mean: sum / count, min, max, count, shareClassIIIOrBetter: classified ? meeting / count : null };
  }

  /** The daily value (mean of the day's non-null readings) of the Shanghai day starting at `day`. */
  dayValue(day: number): number | null {
    const first = this.slotAt(day);
    return meanOf(this.values, first, first + SLOTS_PER_DAY).mean;
  }

  /** The last non-null reading at or before `time`. */
  latest(time: number): { index: number; value: number } | null {
    for (let i = Math.min(this.values.length - 1, Math.floor((time - this.start) / SLOT_MS)); i >= 0; i--) {
      const v = this.values[i];
      if (v !== null && v !== undefined) return { index: i, value: v };
    }
    return null;
  }
}

/**
 * DESIGN §3 "arrival lag": with day 0 the start day, the first k ≥ 0 whose trailing 7 daily values (at least 4
 * present) average ≤ 0.8 × the mean of the baseline's daily values; null when none comes before the event ends.
 * The baseline's days are the 30 whole days before the start day.
 */
function arrivalLag(series: GridSeries, during: Span, baselineCovered: boolean): number | null {
  if (!baselineCovered) return null;
  const startDay = startOfShanghaiDay(during.from);
  const baselineDays: number[] = [];
  for (let d = startDay - BASELINE_DAYS * DAY_MS; d < startDay; d += DAY_MS) {
    const value = series.dayValue(d);
    if (value !== null) baselineDays.push(value);
  }
  if (baselineDays.length === 0) return null;
  const reference = baselineDays.reduce((a, b) => a + b, 0) / baselineDays.length;
  for (let k = 0; startDay + k * DAY_MS < during.to; k++) {
    let [sum, present] = [0, 0];
    for (let j = k - LAG_WINDOW_DAYS + 1; j <= k; j++) {
      const value = series.dayValue(startDay + j * DAY_MS);
      if (value !== null) [sum, present] = [sum + value, present + 1];
    }
    if (present >= LAG_MIN_DAYS && sum / present <= LAG_THRESHOLD * reference) return k;
  }
  return null;
}

/** Every station's and indicator's figures for one event. */
export function summarizeEvent(dataset: WaterDataset, event: TransferEventRecord, asOf: number): WaterSummary {
  const windows = eventWindows(event, asOf);
  const gridStart = ms(dataset.readings.start);
  const figures = dataset.stations.flatMap((station) =>
    INDICATORS.map((indicator): StationFigures => {
      const series = new GridSeries(dataset.readings.values[station.id]?.[indicator] ?? [], gridStart);
      const stats = (span: Span) => series.stats(span, indicator, station);
      const [baseline, during] = [stats(windows.baseline), stats(windows.during)];
      const [lastYearBaseline, lastYearDuring] = [stats(windows.lastYearBaseline), stats(windows.lastYearDuring)];
      const latest = series.latest(asOf);
      const change = ratioChange(during.mean, baseline.mean);
      const lastYearChange = ratioChange(lastYearDuring.mean, lastYearBaseline.mean);
      return {
        stationId: station.id,
        indicator,
        latest: latest && {
          time: toShanghaiTimestamp(gridStart + latest.index * SLOT_MS),
          value: latest.value,
          class: classify(indicator, latest.value, station.kind),
        },
        baseline,
        during,
        after: windows.after && stats(windows.after),
        lastYearBaseline,
        lastYearDuring,
        change,
        changeVsLastYear: ratioChange(during.mean, lastYearDuring.mean),
        netOfSeasonPts: change === null || lastYearChange === null ? null : (change - lastYearChange) * 100,
        lagDays: arrivalLag(series, windows.during, baseline.mean !== null),
      };
    }),
  );
  return {
    asOf: toShanghaiTimestamp(asOf),
    event: { id: event.id, start: event.start, end: event.end },
    windows: {
      baseline: asWindow(windows.baseline),
      during: asWindow(windows.during),
      after: windows.after && asWindow(windows.after),
      lastYearBaseline: asWindow(windows.lastYearBaseline),
      lastYearDuring: asWindow(windows.lastYearDuring),
    },
    figures,
  };
}

/** The water part's derived figures: computed once, when the dataset becomes active. */
export function deriveWaterFigures(dataset: WaterDataset): WaterDerived {
  const asOf = waterAsOf(dataset);
  return {
    asOf: toShanghaiTimestamp(asOf),
    summaries: dataset.events.map((event) => summarizeEvent(dataset, event, asOf)),
  };
}
