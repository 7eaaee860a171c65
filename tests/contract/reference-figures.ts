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
const SLOT = 4 * HOUR;
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
}

/** Stats of the 4-hourly points in [from, to); less than half the window's slots with a value → nulls. */
export function stats(points: readonly Point[], from: number, to: number, indicator: Indicator, kind: string) {
  const values = points.filter((p) => p.t >= from && p.t < to && p.v !== null).map((p) => p.v!);
  const slots = Math.round((to - from) / SLOT);
  if (values.length === 0 || values.length < slots / 2) {
    return { mean: null, min: null, max: null, count: values.length, shareClassIIIOrBetter: null };
  }
  const meets = values.map((v) => classIIIOrBetter(indicator, kind, v));
  return {
    mean: average(values),
    min: Math.min(...values),
    max: Math.max(...values),
    count: values.length,
    shareClassIIIOrBetter: meets[0] === null ? null : meets.filter(Boolean).length / values.length,
  } satisfies ReferenceStats;
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

/** The arrival lag in days, or null (DESIGN §3 "arrival lag"). */
export function arrivalLag(points: readonly Point[], start: number, duringTo: number): number | null {
  const daily = dailyValues(points);
  const startDay = dayOf(start);
  const baseline: number[] = [];
  for (let day = startDay - 30 * DAY; day < startDay; day += DAY) if (daily.has(day)) baseline.push(daily.get(day)!);
  if (baseline.length === 0) return null;
  const threshold = 0.8 * average(baseline);
  for (let k = 0; startDay + k * DAY < duringTo; k++) {
    const window: number[] = [];
    for (let j = k - 6; j <= k; j++) {
      const value = daily.get(startDay + j * DAY);
      if (value !== undefined) window.push(value);
    }
    if (window.length >= 4 && average(window) <= threshold) return k;
  }
  return null;
}

export const ratioChange = (a: number | null, b: number | null) =>
  a === null || b === null || b === 0 ? null : a / b - 1;
