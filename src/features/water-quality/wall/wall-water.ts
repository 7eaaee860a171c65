import {
  INDICATORS,
  seriesReadings,
  type Indicator,
  type SeriesResponse,
  type Station,
  type StationFigures,
  type TransferEvent,
  type WaterSummary,
} from '../../../api/water-quality';
import type { Reading } from '../../../domain/readings';
import { DAY_MS, startOfShanghaiDay } from '../../../domain/shanghai-time';
import { cycleIndex } from '../../../components/rotation';
import { byArrival, figuresOf } from '../lib/summary';
import { inStory } from '../lib/view';

/** One station as the wall shows it: daily means to draw, and its served figures for the transfer. */
export interface WallStation {
  station: Station;
  /** Which of the theme's station styles it is drawn with (its place in the API's list, as on the desk). */
  style: number;
  daily: Record<Indicator, Reading[]>;
  /** The summary's figures; null without a transfer. */
  figures: Record<Indicator, StationFigures | null>;
}

export interface WallWater {
  /**
   * The rotation's order: the headline station first (the station the overview and the wall quote), then the others
   * in the order the transfer water reached them (the API's order without a transfer).
   */
  stations: WallStation[];
  transfer: TransferEvent | null;
  /** Every day of the series: the replay steps through them. */
  days: number[];
  /** The whole period, epoch ms: `from` inclusive, `to` exclusive. */
  range: { from: number; to: number };
}

const perIndicator = <T>(pick: (indicator: Indicator) => T) =>
  Object.fromEntries(INDICATORS.map((indicator) => [indicator, pick(indicator)])) as Record<Indicator, T>;

/** The wall's water story from every station's daily means and the served summary (null: no transfer event). */
export function wallWater(
  daily: SeriesResponse,
  stations: readonly Station[],
  summary: WaterSummary | null,
  events: readonly TransferEvent[],
): WallWater {
  const readingsOf = (id: string, indicator: Indicator) => {
    const found = daily.series.find((s) => s.stationId === id && s.indicator === indicator);
    return found ? inStory(seriesReadings(found), summary) : [];
  };
  const ordered = summary ? byArrival(stations, summary) : [...stations];
  const rotation = [...ordered.filter((s) => s.headline), ...ordered.filter((s) => !s.headline)];
  const wallStations = rotation
    .filter((station) => daily.series.some((s) => s.stationId === station.id))
    .map((station) => ({
      station,
      style: stations.indexOf(station),
      daily: perIndicator((indicator) => readingsOf(station.id, indicator)),
      figures: perIndicator((indicator) => (summary ? figuresOf(summary, station.id, indicator) : null)),
    }));
  const days = wallStations[0]?.daily.nh3n.map(([t]) => t) ?? [];
  const from = days[0] ?? startOfShanghaiDay(Date.now());
  const to = (days.at(-1) ?? from) + DAY_MS;
  return {
    stations: wallStations,
    transfer: summary ? (events.find((e) => e.id === summary.event.id) ?? null) : null,
    days,
    range: { from, to },
  };
}

/**
 * A station's daily mean on `day` and how it compares with the served baseline mean: the replay's "that day" figure,
 * which no endpoint serves (it is a daily value set against a served figure, not a figure of its own).
 */
export function dayFigures(station: WallStation, indicator: Indicator, day: number) {
  const value = station.daily[indicator].find(([t]) => t === day)?.[1] ?? null;
  const baseline = station.figures[indicator]?.baseline.mean ?? null;
  return { value, change: value === null || baseline === null || baseline === 0 ? null : value / baseline - 1 };
}

/** Whole days since the transfer started (1 on its first day), or null outside it. */
export function transferDay(transfer: Pick<TransferEvent, 'start' | 'end'> | null, day: number): number | null {
  if (!transfer || day < startOfShanghaiDay(transfer.start)) return null;
  if (transfer.end !== null && day >= transfer.end) return null;
  return Math.floor((day - startOfShanghaiDay(transfer.start)) / DAY_MS) + 1;
}

/** The station the rotation's `step` brings forward, with its place in the cycle; null without stations. */
export function focusedStation(water: WallWater | null | undefined, step: number) {
  const count = water?.stations.length ?? 0;
  const index = cycleIndex(step, count);
  return count > 0 ? { station: water!.stations[index]!, index, count } : null;
}
export type FocusedStation = ReturnType<typeof focusedStation>;
