import type { Indicator, Station, WaterSummary } from '../api/water-quality';
import { figuresOf, windowDays } from './water-summary';

/**
 * Reads of the served summary for the detail screens (`/water-quality`, the wall, the briefing), apart from
 * `water-summary.ts`, which the overview's first chunk carries.
 */

/** Stations by how soon the transfer water reached them (the NH3-N lag, then TN's); never reached last. */
export function byArrival(stations: readonly Station[], summary: WaterSummary): Station[] {
  const lag = (station: Station, indicator: Indicator) =>
    figuresOf(summary, station.id, indicator)?.lagDays ?? Infinity;
  return [...stations].sort((a, b) => lag(a, 'nh3n') - lag(b, 'nh3n') || lag(a, 'tn') - lag(b, 'tn'));
}

/** The inclusive dates of a half-open window, "2023-09-10 – 2023-10-09"; a dash without a window. */
export function windowDates(window: { from: number; to: number } | null): string {
  if (!window) return '—';
  const { from, to } = windowDays(window);
  return `${from} – ${to}`;
}
