/**
 * DESIGN §3's definitions written out again, plainly and on their own, as the tests' oracle: the served figures
 * (computed by `src/domain`) must equal what this computes from the served 4-hourly values. It shares no code with
 * the domain module; only the GB 3838-2002 limits, which are a table of the standard, are read from it.
 */
import { CLASS_LIMITS, type Indicator } from '../../src/domain/gb3838';

export interface Point {
  t: number;
  v: number | null;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SHANGHAI = 8 * HOUR;

/** A served series as points: `values[i]` at `start + i × stepMinutes`. */
export const toPoints = (start: string, stepMinutes: number, values: readonly (number | null)[]): Point[] =>
  values.map((v, i) => ({ t: Date.parse(start) + i * stepMinutes * 60_000, v }));

const average = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** The Shanghai day (its 00:00 +08:00) a time falls in. */
const dayOf = (t: number) => Math.floor((t + SHANGHAI) / DAY) * DAY - SHANGHAI;

/** Same wall-clock time a calendar year earlier, 29 February → 28 February. */
export function yearBefore(t: number): number {
  const wall = new Date(t + SHANGHAI);
  const shifted = new Date(wall);
  shifted.setUTCFullYear(wall.getUTCFullYear() - 1);
  if (shifted.getUTCMonth() !== wall.getUTCMonth()) shifted.setUTCDate(0); // rolled into March: back to 28 Feb
  return shifted.getTime() - SHANGHAI;
}

/** Whether a value is class III or better; null where the indicator has no class at this kind of station. */
export function classIIIOrBetter(indicator: Indicator, kind: string, value: number): boolean | null {
  if (indicator === 'tn' && kind !== 'lake') return null;
  return value <= CLASS_LIMITS[indicator][2];
}

export interface ReferenceStats {
  mean: number | null;
  min: number | null;
  max: number | null;
  count: number;
  shareClassIIIOrBetter: number | null;
  coverage: 'ok' | 'empty' | 'sparse';
}

/**
 * Stats of the 4-hourly points in [from, to). A mean only with 3 points or more that fall in 3 or more of the
 * window's four equal quarters; none without a point ("empty") or with too few ("sparse").
 */
export function stats(
  points: readonly Point[],
  from: number,
  to: number,
  indicator: Indicator,
  kind: string,
): ReferenceStats {
  const inside = points.filter((p) => p.t >= from && p.t < to && p.v !== null);
  const values = inside.map((p) => p.v!);
  const quarters = new Set(inside.map((p) => Math.floor(((p.t - from) / (to - from)) * 4)));
  const none = { mean: null, min: null, max: null, count: values.length, shareClassIIIOrBetter: null };
  if (values.length === 0) return { ...none, coverage: 'empty' };
  if (values.length < 3 || quarters.size < 3) return { ...none, coverage: 'sparse' };
  const meets = values.map((v) => classIIIOrBetter(indicator, kind, v));
  return {
    mean: average(values),
    min: Math.min(...values),
    max: Math.max(...values),
    count: values.length,
    shareClassIIIOrBetter: meets[0] === null ? null : meets.filter(Boolean).length / values.length,
    coverage: 'ok',
  };
}

/** Daily values: each Shanghai day's mean of its non-null 4-hourly values, by day. */
export function dailyValues(points: readonly Point[]): Map<number, number> {
  const byDay = new Map<number, number[]>();
  for (const p of points) {
    if (p.v === null) continue;
    const day = dayOf(p.t);
    byDay.set(day, [...(byDay.get(day) ?? []), p.v]);
  }
  return new Map([...byDay].map(([day, values]) => [day, average(values)]));
}

/**
 * The arrival lag in days (DESIGN §3 "arrival lag", v3): a 7-day run counts with 4 days present, one of them on the
 * start day or later. Without a lag, which of the three reasons: no run counted, the event ended, it runs on.
 */
export function arrivalLag(
  points: readonly Point[],
  start: number,
  duringTo: number,
  ended: boolean,
): { lagDays: number | null; reason: string | null } {
  const daily = dailyValues(points);
  const startDay = dayOf(start);
  const baseline: number[] = [];
  for (let day = startDay - 30 * DAY; day < startDay; day += DAY) if (daily.has(day)) baseline.push(daily.get(day)!);
  const threshold = 0.8 * average(baseline);
  let counted = false;
  for (let k = 0; startDay + k * DAY < duringTo; k++) {
    const window: number[] = [];
    let sinceStart = false;
    for (let j = k - 6; j <= k; j++) {
      const value = daily.get(startDay + j * DAY);
      if (value === undefined) continue;
      window.push(value);
      if (j >= 0) sinceStart = true;
    }
    if (window.length < 4 || !sinceStart) continue;
    counted = true;
    if (average(window) <= threshold) return { lagDays: k, reason: null };
  }
  return { lagDays: null, reason: !counted ? 'too-few-days' : ended ? 'not-reached' : 'not-yet' };
}

/** The tone of a change shown with one decimal of a percent: beyond ±5.0 % good (a fall) or bad (a rise). */
export function tone(change: number | null): string | null {
  if (change === null) return null;
  const shown = Math.sign(change) * Math.round(Math.abs(change) * 1000);
  return shown < -50 ? 'good' : shown > 50 ? 'bad' : 'neutral';
}

export const ratioChange = (a: number | null, b: number | null) =>
  a === null || b === null || b === 0 ? null : a / b - 1;
