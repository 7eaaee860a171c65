import type { ReadingGrid } from './dataset';
import type { Indicator } from './gb3838';
import { DAY_MS, HOUR_MS } from './shanghai-time';

/** Readings are kept and served on a 4-hour grid: slots at 00:00, 04:00 … 20:00 +08:00 (DESIGN §3). */
export const SLOT_MINUTES = 240;
export const SLOT_MS = 4 * HOUR_MS;
export const SLOTS_PER_DAY = DAY_MS / SLOT_MS;

/** One point of a line to draw: epoch ms and a value, or null for a gap. */
export type Reading = readonly [time: number, value: number | null];

/** Concentrations are written with 3 decimals (DESIGN §3 "numbers"). */
export const roundConcentration = (value: number) => Math.round(value * 1000) / 1000;

/** The median of some numbers (the mean of the middle two of an even count); `values` is left as it was. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return Number.isInteger(middle) ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[Math.floor(middle)]!;
}

/** Mean of the non-null values in `values[from … to)` (indices clipped to the array), and how many there were. */
export function meanOf(values: readonly (number | null)[], from = 0, to = values.length) {
  let sum = 0;
  let count = 0;
  for (let i = Math.max(0, from); i < Math.min(to, values.length); i++) {
    const v = values[i];
    if (v !== null && v !== undefined) [sum, count] = [sum + v, count + 1];
  }
  return { mean: count ? sum / count : null, count };
}

/**
 * Daily values from 4-hourly ones whose first slot starts a Shanghai day: each day the mean of its non-null
 * readings, null for a day without any (DESIGN §3: `1d` = mean of that day's readings).
 */
export function dailyValues(fourHourly: readonly (number | null)[]): (number | null)[] {
  const days: (number | null)[] = [];
  for (let i = 0; i < fourHourly.length; i += SLOTS_PER_DAY) days.push(meanOf(fourHourly, i, i + SLOTS_PER_DAY).mean);
  return days;
}

/** Every series of a reading grid as daily values, on the grid's days (`start` is its first day's 00:00). */
export interface DailyGrid {
  start: string;
  stepMinutes: 1440;
  days: number;
  /** Daily means in mg/L, rounded as served (3 decimals); null for a day without readings. */
  values: Record<string, Record<Indicator, (number | null)[]>>;
}

/**
 * The daily values of a 4-hourly grid that starts at 00:00 (every grid does: DESIGN §3), derived once when its data
 * becomes active, so that a daily series request (the overview's, the wall's) needs neither the readings nor a
 * computation.
 */
export function dailyGrid(grid: ReadingGrid): DailyGrid {
  const round = (v: number | null) => (v === null ? null : roundConcentration(v));
  const values = Object.fromEntries(
    Object.entries(grid.values).map(([station, byIndicator]) => [
      station,
      Object.fromEntries(
        Object.entries(byIndicator).map(([indicator, slots]) => [indicator, dailyValues(slots).map(round)]),
      ) as Record<Indicator, (number | null)[]>,
    ]),
  );
  return { start: grid.start, stepMinutes: 1440, days: Math.ceil(grid.slots / SLOTS_PER_DAY), values };
}

/** Columnar values as points to draw. */
export function toReadings(start: number, stepMinutes: number, values: readonly (number | null)[]): Reading[] {
  const step = stepMinutes * 60_000;
  return values.map((v, i) => [start + i * step, v] as const);
}
