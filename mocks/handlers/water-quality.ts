import {
  DAY_MS,
  HOUR_MS,
  parseShanghaiDate,
  parseShanghaiTimestamp,
  toShanghaiDate,
  toShanghaiTimestamp,
} from '../../src/domain/shanghai-time';
import { dailyMeans, roundConcentration, type Reading } from '../../src/domain/water-stats';
import { loadReadings, loadStations, loadTransferEvents } from '../data-source';
import { dateRange, oneOf } from '../params';
import type { MockRoute } from '../route';

const INDICATORS = [
  { id: 'nh3n', unit: 'mg/L', name: { zh: '氨氮', en: 'Ammonia nitrogen (NH3-N)' } },
  { id: 'tn', unit: 'mg/L', name: { zh: '总氮', en: 'Total nitrogen (TN)' } },
] as const;
type IndicatorId = (typeof INDICATORS)[number]['id'];

/** Timestamps by epoch ms, written once: a 4-hourly answer repeats the same 1650 times for every series. */
const timestamps = new Map<number, string>();
const timestampOf = (ms: number) => {
  let text = timestamps.get(ms);
  if (text === undefined) timestamps.set(ms, (text = toShanghaiTimestamp(ms)));
  return text;
};

/** Readings as the contract writes them: times as `+08:00` timestamps, values with 3 decimals. */
const toPoints = (readings: readonly Reading[]) =>
  readings.map(([t, v]) => [timestampOf(t), v === null ? null : roundConcentration(v)] as const);

export const waterQualityRoutes: MockRoute[] = [
  {
    group: 'water-quality',
    path: '/stations',
    resolve: () => loadStations(),
    empty: () => ({ stations: [] }),
  },
  {
    group: 'water-quality',
    path: '/water-quality/series',
    async resolve(url) {
      const [stationsFile, readings] = await Promise.all([loadStations(), loadReadings()]);
      const known = stationsFile.stations.map((s) => s.id);
      const stations = oneOf(url, 'station', known);
      if (!stations.ok) return stations.response;
      const indicators = oneOf(
        url,
        'indicator',
        INDICATORS.map((i) => i.id),
      );
      if (!indicators.ok) return indicators.response;
      const intervals = oneOf(url, 'interval', ['4h', '1d'] as const);
      if (!intervals.ok) return intervals.response;
      const start = parseShanghaiTimestamp(readings.start)!;
      const step = readings.stepHours * HOUR_MS;
      const range = dateRange(url, {
        from: toShanghaiDate(start),
        to: toShanghaiDate(start + (readings.slots - 1) * step),
      });
      if (!range.ok) return range.response;

      const interval = intervals.value[0] ?? '1d';
      const wantedStations = stations.value.length ? stations.value : known;
      const wantedIndicators: IndicatorId[] = indicators.value.length ? indicators.value : ['nh3n', 'tn'];
      const from = parseShanghaiDate(range.value.from)!;
      const to = parseShanghaiDate(range.value.to)! + DAY_MS;
      const first = Math.max(0, Math.ceil((from - start) / step));
      const last = Math.min(readings.slots, Math.ceil((to - start) / step));
      const stationData = readings.stations as Record<string, Record<IndicatorId, (number | null)[]>>;

      const series = wantedStations.flatMap((stationId) =>
        wantedIndicators.map((indicator) => {
          const values = stationData[stationId]?.[indicator] ?? [];
          const inRange: Reading[] = [];
          for (let slot = first; slot < last; slot++) inRange.push([start + slot * step, values[slot] ?? null]);
          return { stationId, indicator, points: toPoints(interval === '1d' ? dailyMeans(inRange) : inRange) };
        }),
      );
      return {
        interval,
        from: range.value.from,
        to: range.value.to,
        indicators: INDICATORS.filter((i) => wantedIndicators.includes(i.id)),
        series,
      };
    },
    empty: () => ({ interval: '1d', from: '2023-07-01', to: '2024-03-31', indicators: [], series: [] }),
  },
  {
    group: 'water-quality',
    path: '/water-transfer/events',
    resolve: () => loadTransferEvents(),
    empty: () => ({ events: [] }),
  },
];
