import type { Indicator, Station, StationFigures, WaterSummary } from '../../../api/water-quality';
import { windowDays } from './view';

/** Reading the served summary: its figures are shown as they come, never recomputed here. */

/** One station's and indicator's figures, or null when the summary has none for it. */
export const figuresOf = (summary: WaterSummary, stationId: string, indicator: Indicator): StationFigures | null =>
  summary.figures.find((f) => f.stationId === stationId && f.indicator === indicator) ?? null;

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
