import {
  INDICATORS,
  type IndicatorId,
  type SeriesResponse,
  type Station,
  type TransferEvent,
} from '../../../api/water-quality';
import { DAY_MS, startOfShanghaiDay } from '../../../domain/shanghai-time';
import { dailyMeans, relativeChange, type Reading } from '../../../domain/water-stats';
import { computeStatistics, sortByArrival } from '../lib/statistics';

/** One station as the wall shows it: daily means to draw, and its transfer figures from the 4-hourly readings. */
export interface WallStation {
  station: Station;
  /** Which of the theme's station styles it is drawn with (its place in the API's list, as on the desk). */
  style: number;
  daily: Record<IndicatorId, Reading[]>;
  /** Mean of the 30 days before the transfer; null without a transfer or readings. */
  baseline: Record<IndicatorId, number | null>;
  /** Mean during the transfer ÷ the baseline − 1. */
  change: Record<IndicatorId, number | null>;
  /** Days until the water's effect arrived (DESIGN §3 "arrival lag"). */
  lag: Record<IndicatorId, number | null>;
}

export interface WallWater {
  /**
   * The rotation's order: the headline station first (the station the overview and the wall quote), then the others
   * in the order the transfer water reached them (the API's order without a transfer).
   */
  stations: WallStation[];
  transfer: TransferEvent | null;
  /** Every day with a reading, as Shanghai day starts: the replay steps through them. */
  days: number[];
  /** The whole period, epoch ms: `from` inclusive, `to` exclusive. */
  range: { from: number; to: number };
}

const perIndicator = <T>(pick: (indicator: IndicatorId) => T) =>
  Object.fromEntries(INDICATORS.map((indicator) => [indicator, pick(indicator)])) as Record<IndicatorId, T>;

/** The wall's water story from one 4-hourly series of every station (the same figures as the water-quality page's). */
export function wallWater(
  series: SeriesResponse,
  stations: readonly Station[],
  events: readonly TransferEvent[],
): WallWater {
  const transfer = events[0] ?? null;
  const statistics = transfer ? computeStatistics(series, stations, transfer) : [];
  const readingsOf = (id: string, indicator: IndicatorId) =>
    series.series.find((s) => s.stationId === id && s.indicator === indicator)?.points ?? [];
  const statOf = (id: string, indicator: IndicatorId) =>
    statistics.find((s) => s.station.id === id && s.indicator === indicator);
  const byArrival = transfer ? sortByArrival(statistics) : [...stations];
  const ordered = [...byArrival.filter((s) => s.headline), ...byArrival.filter((s) => !s.headline)];
  const withReadings = ordered.filter((station) => series.series.some((s) => s.stationId === station.id));
  const wallStations = withReadings.map((station) => ({
    station,
    style: stations.indexOf(station),
    daily: perIndicator((indicator) => dailyMeans(readingsOf(station.id, indicator))),
    baseline: perIndicator((indicator) => statOf(station.id, indicator)?.before.mean ?? null),
    change: perIndicator((indicator) => statOf(station.id, indicator)?.change ?? null),
    lag: perIndicator((indicator) => statOf(station.id, indicator)?.lag ?? null),
  }));
  const days = [...new Set(wallStations.flatMap((s) => INDICATORS.flatMap((i) => s.daily[i].map(([t]) => t))))].sort(
    (a, b) => a - b,
  );
  const from = days[0] ?? startOfShanghaiDay(Date.now());
  const to = (days.at(-1) ?? from) + DAY_MS;
  return { stations: wallStations, transfer, days, range: { from, to } };
}

/** Readings up to and including the day that starts at `day` (the replay's "today"). */
export const readingsUntil = (readings: readonly Reading[], day: number): Reading[] =>
  readings.filter(([t]) => t < day + DAY_MS);

/** A station's daily mean on `day` and how it compares with its baseline; nulls where there is none. */
export function dayFigures(station: WallStation, indicator: IndicatorId, day: number) {
  const value = station.daily[indicator].find(([t]) => t === day)?.[1] ?? null;
  return { value, change: relativeChange(value, station.baseline[indicator]) };
}

/** Whole days since the transfer started (1 on its first day), or null outside it. */
export function transferDay(transfer: Pick<TransferEvent, 'start' | 'end'> | null, day: number): number | null {
  if (!transfer || day < startOfShanghaiDay(transfer.start)) return null;
  if (transfer.end !== null && day >= transfer.end) return null;
  return Math.floor((day - startOfShanghaiDay(transfer.start)) / DAY_MS) + 1;
}
