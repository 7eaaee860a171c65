import type { StationRecord, TransferEventRecord, WaterDataset } from './dataset';
import { classify, INDICATORS, isClassified, meetsClassIII, type Indicator } from './gb3838';
import { meanOf, median, SLOT_MS, SLOTS_PER_DAY } from './readings';
import { changeTone } from './tones';
import {
  CADENCES,
  type Cadence,
  type Coverage,
  type Reason,
  type Stats,
  type StationFiguresRecord,
  type WaterDerived,
  type WaterSummaryRecord,
  type WindowRecord,
} from './water-records';
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
/** DESIGN §3 v3 "coverage": a window stands for its mean with this many slots holding a reading, in this many quarters. */
const MIN_SLOTS = 3;
const MIN_QUARTERS = 3;

interface Span {
  from: number;
  to: number;
}

const ms = (timestamp: string) => {
  const value = parseShanghaiTimestamp(timestamp);
  if (value === null) throw new Error(`not a +08:00 timestamp: ${timestamp}`);
  return value;
};

const asWindow = ({ from, to }: Span): WindowRecord => ({
  from: toShanghaiTimestamp(from),
  to: toShanghaiTimestamp(to),
});
const yearEarlier = ({ from, to }: Span): Span => ({
  from: shiftCalendarYears(from, -1),
  to: shiftCalendarYears(to, -1),
});

/** The first and last slots holding a reading of any station and indicator; the grid's first slot for both when none does. */
export function waterSpan(dataset: WaterDataset): { first: number; last: number } {
  const { readings } = dataset;
  let [first, last] = [Infinity, -1];
  for (const byIndicator of Object.values(readings.values)) {
    for (const values of Object.values(byIndicator)) {
      for (let i = 0; i < Math.min(first, values.length); i++) {
        if (values[i] !== null) {
          first = i;
          break;
        }
      }
      for (let i = values.length - 1; i > last; i--) {
        if (values[i] !== null) {
          last = i;
          break;
        }
      }
    }
  }
  const start = ms(readings.start);
  return last < 0 ? { first: start, last: start } : { first: start + first * SLOT_MS, last: start + last * SLOT_MS };
}

/** Where an event lies against the data: inside it, or wholly after or before it (DESIGN §3 v3 "reasons"). */
type Placement = 'in' | 'event-after-data' | 'event-before-data';

/**
 * DESIGN §3 "windows" for an event, given the data's first slot and its as-of slot. An event whose during window lies
 * wholly outside the data gets the empty during window [start, start).
 */
export function eventWindows(event: Pick<TransferEventRecord, 'start' | 'end'>, asOf: number, dataFirst = -Infinity) {
  const start = ms(event.start);
  const end = event.end === null ? null : ms(event.end);
  const afterAsOf = asOf + SLOT_MS;
  const duringTo = end ?? afterAsOf;
  const placement: Placement = start > asOf ? 'event-after-data' : duringTo <= dataFirst ? 'event-before-data' : 'in';
  const baseline = { from: start - BASELINE_DAYS * DAY_MS, to: start };
  const during = { from: start, to: placement === 'in' ? duringTo : start };
  const after = end === null || end > asOf ? null : { from: end, to: afterAsOf };
  return {
    placement,
    baseline,
    during,
    after,
    lastYearBaseline: yearEarlier(baseline),
    lastYearDuring: yearEarlier(during),
  };
}

/** A cadence in minutes, rounded to the nearest of {@link CADENCES} on a log scale (half an hour is hourly). */
export function roundCadence(minutes: number): Cadence {
  let best: Cadence = CADENCES[0];
  for (const cadence of CADENCES)
    if (Math.abs(Math.log(minutes / cadence)) < Math.abs(Math.log(minutes / best))) best = cadence;
  return best;
}

/** A station's cadence: the median gap between its consecutive slots holding a reading of either indicator. */
function stationCadence(dataset: WaterDataset, stationId: string): Cadence | null {
  const byIndicator = dataset.readings.values[stationId];
  if (!byIndicator) return null;
  const gaps: number[] = [];
  let previous = -1;
  for (let i = 0; i < dataset.readings.slots; i++) {
    if (!INDICATORS.some((indicator) => (byIndicator[indicator]?.[i] ?? null) !== null)) continue;
    if (previous >= 0) gaps.push((i - previous) * (SLOT_MS / 60_000));
    previous = i;
  }
  if (gaps.length === 0) return null;
  return roundCadence(median(gaps));
}

const emptyStats = (count: number, coverage: Coverage): Stats => ({
  mean: null,
  min: null,
  max: null,
  count,
  shareClassIIIOrBetter: null,
  coverage,
});

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

  /** Stats of a window, with a mean only when its coverage is `ok` (DESIGN §3 v3 "coverage"). */
  stats(span: Span, indicator: Indicator, station: StationRecord): Stats {
    if (span.to <= span.from) return emptyStats(0, 'empty');
    const [first, end] = [this.slotAt(span.from), this.slotAt(span.to)];
    const values: number[] = [];
    const quarters = new Set<number>();
    for (let i = Math.max(0, first); i < Math.min(end, this.values.length); i++) {
      const v = this.values[i];
      if (v === null || v === undefined) continue;
      values.push(v);
      quarters.add(Math.floor((4 * (this.start + i * SLOT_MS - span.from)) / (span.to - span.from)));
    }
    const count = values.length;
    if (count === 0) return emptyStats(0, 'empty');
    if (count < MIN_SLOTS || quarters.size < MIN_QUARTERS) return emptyStats(count, 'sparse');
    const classified = isClassified(indicator, station.kind);
    let [sum, min, max, meeting] = [0, Infinity, -Infinity, 0];
    for (const v of values) {
      [sum, min, max] = [sum + v, Math.min(min, v), Math.max(max, v)];
      if (classified && meetsClassIII(classify(indicator, v, station.kind)!)) meeting += 1;
    }
    return {
      mean: sum / count,
      min,
      max,
      count,
      shareClassIIIOrBetter: classified ? meeting / count : null,
      coverage: 'ok',
    };
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

  /** Whether any slot in [from, to) holds a reading. */
  holdsReading(span: Span): boolean {
    for (let i = Math.max(0, this.slotAt(span.from)); i < Math.min(this.slotAt(span.to), this.values.length); i++)
      if (this.values[i] !== null && this.values[i] !== undefined) return true;
    return false;
  }
}

/**
 * DESIGN §3 "arrival lag", v3: with day 0 the start day, the first k ≥ 0 whose trailing 7 daily values (at least 4
 * present, one of them on day 0 or later) average ≤ 0.8 × the mean of the baseline's daily values. The baseline's
 * days are the 30 whole days before the start day. Without such a day, why: no valid run at all, or the event ended
 * (or is still open) without one reaching the threshold.
 */
function arrivalLag(
  series: GridSeries,
  during: Span,
  ended: boolean,
): { lagDays: number; reason: null } | { lagDays: null; reason: Reason } {
  const startDay = startOfShanghaiDay(during.from);
  const baselineDays: number[] = [];
  for (let d = startDay - BASELINE_DAYS * DAY_MS; d < startDay; d += DAY_MS) {
    const value = series.dayValue(d);
    if (value !== null) baselineDays.push(value);
  }
  if (baselineDays.length === 0) return { lagDays: null, reason: 'too-few-days' };
  const reference = baselineDays.reduce((a, b) => a + b, 0) / baselineDays.length;
  let anyRun = false;
  for (let k = 0; startDay + k * DAY_MS < during.to; k++) {
    let [sum, present, presentSinceStart] = [0, 0, 0];
    for (let j = k - LAG_WINDOW_DAYS + 1; j <= k; j++) {
      const value = series.dayValue(startDay + j * DAY_MS);
      if (value === null) continue;
      [sum, present] = [sum + value, present + 1];
      if (j >= 0) presentSinceStart++;
    }
    if (present < LAG_MIN_DAYS || presentSinceStart === 0) continue;
    anyRun = true;
    if (sum / present <= LAG_THRESHOLD * reference) return { lagDays: k, reason: null };
  }
  return { lagDays: null, reason: !anyRun ? 'too-few-days' : ended ? 'not-reached' : 'not-yet' };
}

type WindowName = 'baseline' | 'during' | 'last-year';

/** The reason a window gives a figure built on it: none when its coverage is `ok`. */
const coverageReason = (name: WindowName, stats: Stats): Reason | null =>
  stats.coverage === 'ok' ? null : `${name}-${stats.coverage}`;

/** A mean of 0 used as a denominator. */
const zeroReason = (name: 'baseline' | 'last-year', stats: Stats): Reason | null =>
  stats.mean === 0 ? `${name}-zero` : null;

/** One station's and indicator's figures for an event. */
function stationFigures(
  series: GridSeries,
  station: StationRecord,
  indicator: Indicator,
  windows: ReturnType<typeof eventWindows>,
  asOf: number,
  gridStart: number,
): StationFiguresRecord {
  const stats = (span: Span) => series.stats(span, indicator, station);
  const [baseline, during] = [stats(windows.baseline), stats(windows.during)];
  const [lastYearBaseline, lastYearDuring] = [stats(windows.lastYearBaseline), stats(windows.lastYearDuring)];
  const outside = windows.placement === 'in' ? null : windows.placement;
  const reasons = {
    change:
      outside ??
      coverageReason('baseline', baseline) ??
      coverageReason('during', during) ??
      zeroReason('baseline', baseline),
    changeVsLastYear:
      outside ??
      coverageReason('during', during) ??
      coverageReason('last-year', lastYearDuring) ??
      zeroReason('last-year', lastYearDuring),
    netOfSeasonPts:
      outside ??
      coverageReason('baseline', baseline) ??
      coverageReason('during', during) ??
      coverageReason('last-year', lastYearBaseline) ??
      coverageReason('last-year', lastYearDuring) ??
      zeroReason('baseline', baseline) ??
      zeroReason('last-year', lastYearBaseline),
    lagDays: outside ?? coverageReason('baseline', baseline) ?? coverageReason('during', during),
  };
  const lag = reasons.lagDays === null ? arrivalLag(series, windows.during, windows.after !== null) : null;
  const change = reasons.change === null ? during.mean! / baseline.mean! - 1 : null;
  const changeVsLastYear = reasons.changeVsLastYear === null ? during.mean! / lastYearDuring.mean! - 1 : null;
  const latest = series.latest(asOf);
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
    changeVsLastYear,
    netOfSeasonPts:
      reasons.netOfSeasonPts === null ? (change! - (lastYearDuring.mean! / lastYearBaseline.mean! - 1)) * 100 : null,
    lagDays: lag?.lagDays ?? null,
    reasons: { ...reasons, lagDays: reasons.lagDays ?? lag?.reason ?? null },
    tones: { change: changeTone(change), changeVsLastYear: changeTone(changeVsLastYear) },
  };
}

/** Every station's and indicator's figures for one event. */
export function summarizeEvent(
  dataset: WaterDataset,
  event: TransferEventRecord,
  span: { first: number; last: number } = waterSpan(dataset),
): WaterSummaryRecord {
  const asOf = span.last;
  const windows = eventWindows(event, asOf, span.first);
  const gridStart = ms(dataset.readings.start);
  let inData = false;
  const figures = dataset.stations.flatMap((station) =>
    INDICATORS.map((indicator): StationFiguresRecord => {
      const series = new GridSeries(dataset.readings.values[station.id]?.[indicator] ?? [], gridStart);
      inData ||= series.holdsReading(windows.during);
      return stationFigures(series, station, indicator, windows, asOf, gridStart);
    }),
  );
  return {
    asOf: toShanghaiTimestamp(asOf),
    event: { id: event.id, start: event.start, end: event.end, inData },
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
  const span = waterSpan(dataset);
  return {
    asOf: toShanghaiTimestamp(span.last),
    from: toShanghaiTimestamp(span.first),
    cadences: Object.fromEntries(dataset.stations.map((s) => [s.id, stationCadence(dataset, s.id)])),
    summaries: dataset.events.map((event) => summarizeEvent(dataset, event, span)),
  };
}
