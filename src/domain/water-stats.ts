import { DAY_MS, startOfShanghaiDay } from './shanghai-time';

/** One reading: epoch ms and a value, or null for a gap. */
export type Reading = readonly [time: number, value: number | null];

export interface Period {
  /** Inclusive, epoch ms. */
  from: number;
  /** Exclusive, epoch ms. */
  to: number;
}

export const BASELINE_DAYS = 30;

/** The 30 days before a transfer, the transfer itself and everything after it (up to `dataEnd`). */
export function transferPeriods(start: number, end: number | null, dataEnd: number) {
  const stop = end ?? dataEnd;
  return {
    before: { from: start - BASELINE_DAYS * DAY_MS, to: start },
    during: { from: start, to: stop },
    after: { from: stop, to: Math.max(stop, dataEnd) },
  } satisfies Record<string, Period>;
}

/** The exclusive end of a series: one past its last reading (so that a period ending there keeps it); `fallback` when empty. */
export const readingsEnd = (readings: readonly Reading[], fallback: number) => (readings.at(-1)?.[0] ?? fallback) + 1;

export function valuesIn(readings: readonly Reading[], period: Period): number[] {
  const values: number[] = [];
  for (const [t, v] of readings) if (v !== null && t >= period.from && t < period.to) values.push(v);
  return values;
}

/** Concentrations are written with 3 decimals (DESIGN §3). */
export const roundConcentration = (value: number) => Math.round(value * 1000) / 1000;

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** `current ÷ reference − 1`, or null when either is missing or the reference is 0. */
export function relativeChange(current: number | null, reference: number | null): number | null {
  if (current === null || reference === null || reference === 0) return null;
  return current / reference - 1;
}

/** The last non-null reading, or null. */
export function latestReading(readings: readonly Reading[]): { time: number; value: number } | null {
  for (let i = readings.length - 1; i >= 0; i--) {
    const [time, value] = readings[i]!;
    if (value !== null) return { time, value };
  }
  return null;
}

/** Mean of each Shanghai day's non-null readings, null for a day without any; one entry per day in order. */
export function dailyMeans(readings: readonly Reading[]): Reading[] {
  const days: Reading[] = [];
  let day = Number.NaN;
  let sum = 0;
  let count = 0;
  const flush = () => {
    if (!Number.isNaN(day)) days.push([day, count ? sum / count : null]);
  };
  for (const [t, v] of readings) {
    const d = startOfShanghaiDay(t);
    if (d !== day) {
      flush();
      [day, sum, count] = [d, 0, 0];
    }
    if (v !== null) [sum, count] = [sum + v, count + 1];
  }
  flush();
  return days;
}

/**
 * Days from the transfer start until the trailing 7-day mean of daily values first falls to ≤ 80 % of the
 * 30-day baseline mean (DESIGN §3 "arrival lag"); null when it never does or there is no baseline.
 */
export function arrivalLag(
  daily: readonly Reading[],
  transferStart: number,
  { windowDays = 7, threshold = 0.8 } = {},
): number | null {
  const baseline = mean(valuesIn(daily, { from: transferStart - BASELINE_DAYS * DAY_MS, to: transferStart }));
  if (baseline === null) return null;
  for (let i = 0; i < daily.length; i++) {
    const [t] = daily[i]!;
    if (t < transferStart) continue;
    const window = valuesIn(daily.slice(Math.max(0, i - windowDays + 1), i + 1), { from: -Infinity, to: Infinity });
    const trailing = mean(window);
    if (trailing !== null && trailing <= baseline * threshold) return Math.round((t - transferStart) / DAY_MS);
  }
  return null;
}
