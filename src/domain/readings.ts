import { DAY_MS, HOUR_MS } from './shanghai-time';

/** Readings are kept and served on a 4-hour grid: slots at 00:00, 04:00 … 20:00 +08:00 (DESIGN §3). */
export const SLOT_MINUTES = 240;
export const SLOT_MS = 4 * HOUR_MS;
export const SLOTS_PER_DAY = DAY_MS / SLOT_MS;

/** One point of a line to draw: epoch ms and a value, or null for a gap. */
export type Reading = readonly [time: number, value: number | null];

/** Concentrations are written with 3 decimals (DESIGN §3 "numbers"). */
export const roundConcentration = (value: number) => Math.round(value * 1000) / 1000;

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

/** Columnar values as points to draw. */
export function toReadings(start: number, stepMinutes: number, values: readonly (number | null)[]): Reading[] {
  const step = stepMinutes * 60_000;
  return values.map((v, i) => [start + i * step, v] as const);
}
