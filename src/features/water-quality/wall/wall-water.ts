import { byArrival } from '../../../stories/summary-details';
import {
  INDICATORS,
  seriesReadings,
  type Indicator,
  type SeriesResponse,
  type Station,
  type StationFigures,
  type TransferEvent,
  type WaterSummary,
  transferPlacement,
} from '../../../api/water-quality';
import type { Reading } from '../../../domain/readings';
import { DAY_MS, startOfShanghaiDay } from '../../../domain/shanghai-time';
import { cycleIndex } from '../../../components/rotation';
import { openingStations } from '../lib/opening-stations';
import { figuresOf } from '../../../stories/water-summary';
import { inStory } from '../../../stories/water-summary';

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
  /** The stations the rotation brings forward in turn: those with a figure for the event (else all drawn). */
  rotation: WallStation[];
  /** The event whose figures the wall shows; null without one whose during window holds a reading. */
  transfer: TransferEvent | null;
  /** What the wall says in place of the transfer's figures when `transfer` is null. */
  noTransfer: 'wall.noTransfer' | 'wall.noTransferInData' | 'wall.noReadingsDuring';
  /** Every day of the series: the replay steps through them. */
  days: number[];
  /** The whole period, epoch ms: `from` inclusive, `to` exclusive. */
  range: { from: number; to: number };
}

/** Whether a station's figures hold any value for the event. */
const hasFigure = (figures: StationFigures | null) =>
  figures !== null && (figures.change !== null || figures.changeVsLastYear !== null || figures.lagDays !== null);

const perIndicator = <T>(pick: (indicator: Indicator) => T) =>
  Object.fromEntries(INDICATORS.map((indicator) => [indicator, pick(indicator)])) as Record<Indicator, T>;

/**
 * The wall's water story from every station's daily means and the served summary (null: no transfer event). It draws
 * the stations a screen opens on (at most eight); its rotation goes through those with a figure for the event, or
 * through all it draws when none has one.
 */
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
  // A transfer that holds no reading frames nothing: no band, no counters, no order of arrival.
  const story = summary?.event.inData ? summary : null;
  const drawn = openingStations(stations, daily);
  const ordered = story ? byArrival(drawn, story) : drawn;
  const wallStations = [...ordered.filter((s) => s.headline), ...ordered.filter((s) => !s.headline)].map((station) => ({
    station,
    style: stations.indexOf(station),
    daily: perIndicator((indicator) => readingsOf(station.id, indicator)),
    figures: perIndicator((indicator) => (story ? figuresOf(story, station.id, indicator) : null)),
  }));
  const withFigures = wallStations.filter((s) => INDICATORS.some((i) => hasFigure(s.figures[i])));
  const days = wallStations[0]?.daily.nh3n.map(([t]) => t) ?? [];
  const from = days[0] ?? startOfShanghaiDay(Date.now());
  const to = (days.at(-1) ?? from) + DAY_MS;
  return {
    stations: wallStations,
    rotation: withFigures.length > 0 ? withFigures : wallStations,
    transfer: story ? (events.find((e) => e.id === story.event.id) ?? null) : null,
    noTransfer: !summary
      ? 'wall.noTransfer'
      : transferPlacement(summary) === 'no-readings'
        ? 'wall.noReadingsDuring'
        : 'wall.noTransferInData',
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
  const count = water?.rotation.length ?? 0;
  if (count === 0) return null;
  const position = cycleIndex(step, count);
  const station = water!.rotation[position]!;
  // `index` is the station's place among those drawn (the one the trends highlight), `position` its turn.
  return { station, index: water!.stations.indexOf(station), position, count };
}
export type FocusedStation = ReturnType<typeof focusedStation>;
