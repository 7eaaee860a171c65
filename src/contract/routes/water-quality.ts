import { INDICATORS, type Indicator } from '../../domain/gb3838';
import { roundConcentration, SLOT_MS } from '../../domain/readings';
import {
  DAY_MS,
  parseShanghaiDate,
  parseShanghaiTimestamp,
  toShanghaiDate,
  toShanghaiTimestamp,
} from '../../domain/shanghai-time';
import { notFound, ok } from '../answer';
import { dateRange, oneOf, single } from '../params';
import type { ContractRoute } from '../route';

const INDICATOR_INFO = {
  nh3n: { unit: 'mg/L', name: { zh: '氨氮', en: 'Ammonia nitrogen (NH3-N)' } },
  tn: { unit: 'mg/L', name: { zh: '总氮', en: 'Total nitrogen (TN)' } },
} as const satisfies Record<Indicator, unknown>;

/** Concentrations as the contract writes them: 3 decimals, null for a gap or a slot outside the data. */
const written = (values: readonly (number | null | undefined)[]) =>
  values.map((v) => (v === null || v === undefined ? null : roundConcentration(v)));

/** The summary of a dataset without a transfer event: nothing to summarise. */
const noEvent = () => notFound('the dataset holds no transfer event to summarise');

export const waterQualityRoutes: ContractRoute[] = [
  {
    group: 'water-quality',
    path: '/stations',
    async answer(_url, { water }) {
      const [stations, derived] = await Promise.all([water.stations(), water.derived()]);
      return ok({ stations: stations.map((s) => ({ ...s, cadenceMinutes: derived.cadences[s.id] ?? null })) });
    },
    empty: () => ok({ stations: [] }),
  },
  {
    group: 'water-quality',
    path: '/water-quality/series',
    async answer(url, { water }) {
      const interval = single(url, 'interval', ['4h', '1d'] as const);
      if (!interval.ok) return interval.response;
      const daily = (interval.value ?? '1d') === '1d';
      // Daily series come from the daily grid derived with the data: the 4-hourly readings load only when asked for.
      const [stationList, grid] = await Promise.all([
        water.stations(),
        daily
          ? water.daily().then((g) => ({ start: g.start, stepMs: DAY_MS, count: g.days, values: g.values }))
          : water.readings().then((g) => ({ start: g.start, stepMs: SLOT_MS, count: g.slots, values: g.values })),
      ]);
      const known = stationList.map((s) => s.id);
      const stations = oneOf(url, 'station', known);
      if (!stations.ok) return stations.response;
      const indicators = oneOf(url, 'indicator', INDICATORS);
      if (!indicators.ok) return indicators.response;
      const gridStart = parseShanghaiTimestamp(grid.start)!;
      const period = {
        from: toShanghaiDate(gridStart),
        to: toShanghaiDate(gridStart + (grid.count - 1) * grid.stepMs),
      };
      const range = dateRange(url, period);
      if (!range.ok) return range.response;

      // The range served is the one asked for, clipped to the data (an answer never holds slots beyond it).
      const from = range.value.from < period.from ? period.from : range.value.from;
      const to = range.value.to > period.to ? period.to : range.value.to;
      const outside = from > to;
      const first = outside ? 0 : (parseShanghaiDate(from)! - gridStart) / grid.stepMs;
      const end = outside ? 0 : (parseShanghaiDate(to)! + DAY_MS - gridStart) / grid.stepMs;
      const wanted = indicators.value.length ? indicators.value : [...INDICATORS];
      const series = (stations.value.length ? stations.value : known).flatMap((stationId) =>
        wanted.map((indicator) => {
          const values = (grid.values[stationId]?.[indicator] ?? []).slice(first, end);
          while (values.length < end - first) values.push(null);
          return {
            stationId,
            indicator,
            start: toShanghaiTimestamp(parseShanghaiDate(outside ? range.value.from : from)!),
            stepMinutes: daily ? 1440 : 240,
            values: written(values),
          };
        }),
      );
      return ok({
        interval: daily ? '1d' : '4h',
        from: outside ? range.value.from : from,
        to: outside ? range.value.to : to,
        indicators: wanted.map((id) => ({ id, ...INDICATOR_INFO[id] })),
        series,
      });
    },
    empty: () => ok({ interval: '1d', from: '2023-07-01', to: '2024-03-31', indicators: [], series: [] }),
  },
  {
    group: 'water-quality',
    path: '/water-quality/summary',
    async answer(url, { water }) {
      const [events, derived] = await Promise.all([water.events(), water.derived()]);
      const event = single(
        url,
        'event',
        events.map((e) => e.id),
      );
      if (!event.ok) return event.response;
      const summary = event.value ? derived.summaries.find((s) => s.event.id === event.value) : derived.summaries[0];
      return summary ? ok(summary) : noEvent();
    },
    empty: noEvent,
  },
  {
    group: 'water-quality',
    path: '/water-transfer/events',
    answer: async (_url, { water }) => ok({ events: await water.events() }),
    empty: () => ok({ events: [] }),
  },
];
