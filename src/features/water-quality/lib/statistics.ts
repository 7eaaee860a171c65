import type { IndicatorId, SeriesResponse, Station, TransferEvent } from '../../../api/water-quality';
import { CLASS_ORDER, classify, isClassified } from '../../../domain/gb3838';
import {
  arrivalLag,
  dailyMeans,
  mean,
  readingsEnd,
  relativeChange,
  transferPeriods,
  valuesIn,
  type Period,
  type Reading,
} from '../../../domain/water-stats';

/** Figures for one station, indicator and period, from its 4-hourly readings. */
export interface PeriodStats {
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Non-null readings in the period. */
  count: number;
  /** Share of those readings at GB 3838 class III or better; null when there are none or the class does not apply. */
  classIIIShare: number | null;
}

export interface StationStatistics {
  station: Station;
  indicator: IndicatorId;
  before: PeriodStats;
  during: PeriodStats;
  after: PeriodStats;
  /** Mean during the transfer ÷ mean of the 30 days before − 1. */
  change: number | null;
  /** Days until the trailing 7-day mean fell to ≤ 80 % of the baseline (DESIGN §3); null when it never did. */
  lag: number | null;
  /** Whether GB 3838 classifies this indicator at this station (TN: lakes only). */
  classified: boolean;
}

const CLASS_III_INDEX = CLASS_ORDER.indexOf('III');

export function periodStats(values: readonly number[], indicator: IndicatorId, kind: Station['kind']): PeriodStats {
  if (values.length === 0) return { mean: null, min: null, max: null, count: 0, classIIIShare: null };
  let min = Infinity;
  let max = -Infinity;
  let meeting = 0;
  for (const v of values) {
    min = Math.min(min, v);
    max = Math.max(max, v);
    const waterClass = classify(indicator, v, kind);
    if (waterClass !== null && CLASS_ORDER.indexOf(waterClass) <= CLASS_III_INDEX) meeting += 1;
  }
  return {
    mean: mean(values),
    min,
    max,
    count: values.length,
    classIIIShare: isClassified(indicator, kind) ? meeting / values.length : null,
  };
}

/**
 * Statistics of one station's 4-hourly readings around a transfer: the 30 days before it, the transfer itself and
 * everything after it, the change during vs before, and the arrival lag.
 */
export function stationStatistics(
  station: Station,
  indicator: IndicatorId,
  readings: readonly Reading[],
  transfer: Pick<TransferEvent, 'start' | 'end'>,
): StationStatistics {
  const periods = transferPeriods(transfer.start, transfer.end, readingsEnd(readings, transfer.start));
  const stats = (period: Period) => periodStats(valuesIn(readings, period), indicator, station.kind);
  const [before, during, after] = [stats(periods.before), stats(periods.during), stats(periods.after)];
  return {
    station,
    indicator,
    before,
    during,
    after,
    change: relativeChange(during.mean, before.mean),
    lag: arrivalLag(dailyMeans(readings), transfer.start),
    classified: isClassified(indicator, station.kind),
  };
}

/** Statistics for every listed station (in the stations' order) and indicator present in the 4-hourly series. */
export function computeStatistics(
  series: SeriesResponse,
  stations: readonly Station[],
  transfer: Pick<TransferEvent, 'start' | 'end'>,
): StationStatistics[] {
  return stations.flatMap((station) =>
    series.series
      .filter((s) => s.stationId === station.id)
      .map((s) => stationStatistics(station, s.indicator, s.points, transfer)),
  );
}

/** Stations by how soon the transfer water reached them (the NH3-N lag, then TN's); never reached goes last. */
export function sortByArrival(rows: readonly StationStatistics[], indicator: IndicatorId = 'nh3n'): Station[] {
  const lagOf = (station: Station, id: IndicatorId) =>
    rows.find((r) => r.station.id === station.id && r.indicator === id)?.lag ?? Infinity;
  const other: IndicatorId = indicator === 'nh3n' ? 'tn' : 'nh3n';
  const stations = [...new Map(rows.map((r) => [r.station.id, r.station])).values()];
  return stations.sort((a, b) => lagOf(a, indicator) - lagOf(b, indicator) || lagOf(a, other) - lagOf(b, other));
}
