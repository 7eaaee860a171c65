import type { IndicatorId, SeriesResponse, Station, TransferEvent } from '../../../api/water-quality';
import { classify, type WaterClass } from '../../../domain/gb3838';
import {
  dailyMeans,
  latestReading,
  mean,
  readingsEnd,
  relativeChange,
  transferPeriods,
  valuesIn,
  type Reading,
} from '../../../domain/water-stats';

export interface HeadlineFigures {
  station: Station;
  latest: Record<IndicatorId, { time: number; value: number; waterClass: WaterClass | null } | null>;
  /** Transfer mean ÷ mean of the 30 days before − 1; null without a transfer or without readings. */
  change: Record<IndicatorId, number | null>;
  daily: Record<IndicatorId, Reading[]>;
  transfer: { start: number; end: number | null } | null;
}

export const headlineStation = (stations: readonly Station[]) => stations.find((s) => s.headline) ?? null;

const readingsOf = (series: SeriesResponse, stationId: string, indicator: IndicatorId): Reading[] =>
  series.series.find((s) => s.stationId === stationId && s.indicator === indicator)?.points ?? [];

/** The overview's water figures at the headline station, from its 4-hourly readings (DESIGN §3 "headline change"). */
export function computeHeadline(
  station: Station,
  series: SeriesResponse,
  events: readonly TransferEvent[],
): HeadlineFigures {
  const event = events[0] ?? null;
  const figures = (indicator: IndicatorId) => {
    const readings = readingsOf(series, station.id, indicator);
    const latest = latestReading(readings);
    let change: number | null = null;
    if (event) {
      const periods = transferPeriods(event.start, event.end, readingsEnd(readings, 0));
      change = relativeChange(mean(valuesIn(readings, periods.during)), mean(valuesIn(readings, periods.before)));
    }
    return {
      latest: latest && { ...latest, waterClass: classify(indicator, latest.value, station.kind) },
      change,
      daily: dailyMeans(readings),
    };
  };
  const nh3n = figures('nh3n');
  const tn = figures('tn');
  return {
    station,
    latest: { nh3n: nh3n.latest, tn: tn.latest },
    change: { nh3n: nh3n.change, tn: tn.change },
    daily: { nh3n: nh3n.daily, tn: tn.daily },
    transfer: event && { start: event.start, end: event.end },
  };
}
