import { COVERAGES, REASONS, type Stats } from '../domain/water-records';
import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { ApiError, apiGet } from './client';
import { CLASS_ORDER, INDICATORS, type Indicator } from '../domain/gb3838';
import { toReadings, type Reading } from '../domain/readings';
import { parseShanghaiDate } from '../domain/shanghai-time';
import { TONES } from '../domain/tones';
import {
  countSchema,
  dateSchema,
  localNameSchema,
  locationSchema,
  nonNegativeSchema,
  timestampSchema,
  type QueryConfig,
} from './common';

/**
 * `/stations`, `/water-quality/series`, `/water-quality/summary` and `/water-transfer/events`: the water-quality group
 * of the contract.
 */

export { INDICATORS, type Indicator } from '../domain/gb3838';
export const indicatorSchema = z.enum(INDICATORS);
export const intervalSchema = z.enum(['4h', '1d']);
export type Interval = z.infer<typeof intervalSchema>;

export const stationSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: localNameSchema,
  kind: z.enum(['lake', 'inflow', 'outflow']),
  headline: z.boolean(),
  location: z.nullable(locationSchema),
  /** DESIGN §3 v3 "cadence": a station of 1440 minutes or more is drawn from the daily series. */
  cadenceMinutes: z.nullable(z.union([z.literal(60), z.literal(240), z.literal(1440), z.literal(10080)])),
});
export type Station = z.infer<typeof stationSchema>;

export const stationsSchema = z.object({ stations: z.array(stationSchema) });

/**
 * A column of concentrations, checked in one loop: a schema per value would cost ~50 ms on the 16 500 values of a
 * whole-period 4-hourly answer; this costs well under 5. The first bad value is named by its index.
 */
const concentrationsSchema = z.custom<(number | null)[]>().check(
  z.superRefine((values: unknown, context) => {
    if (!Array.isArray(values)) {
      context.issues.push({ code: 'custom', message: 'expected an array', input: values });
      return;
    }
    for (let i = 0; i < values.length; i++) {
      const v: unknown = values[i];
      if (v === null || (typeof v === 'number' && v >= 0 && Number.isFinite(v))) continue;
      context.issues.push({ code: 'custom', path: [i], message: 'expected a concentration ≥ 0 or null', input: v });
      return;
    }
  }),
);

const STEP_MINUTES = { '4h': 240, '1d': 1440 } as const satisfies Record<Interval, number>;

export const seriesResponseSchema = z
  .object({
    interval: intervalSchema,
    from: dateSchema,
    to: dateSchema,
    indicators: z.array(z.object({ id: indicatorSchema, unit: z.literal('mg/L'), name: localNameSchema })),
    series: z.array(
      z.object({
        stationId: z.string().check(z.minLength(1)),
        indicator: indicatorSchema,
        start: timestampSchema,
        stepMinutes: z.union([z.literal(240), z.literal(1440)]),
        values: concentrationsSchema,
      }),
    ),
  })
  .check(
    // Every slot of the range is present, on the interval's step, from the range's first slot (DESIGN §3).
    z.superRefine((response, context) => {
      const step = STEP_MINUTES[response.interval];
      const first = parseShanghaiDate(response.from);
      const last = parseShanghaiDate(response.to);
      if (first === null || last === null) return;
      const slots = ((last - first) / 60_000 + 1440) / step;
      response.series.forEach((s, i) => {
        const problem = (path: string, message: string) =>
          context.issues.push({ code: 'custom', path: ['series', i, path], message, input: s });
        if (s.stepMinutes !== step) problem('stepMinutes', `expected ${step} for interval ${response.interval}`);
        else if (s.start !== first) problem('start', `expected the first slot of ${response.from}`);
        else if (s.values.length !== slots) problem('values', `expected ${slots} values, one per slot`);
      });
    }),
  );
export type SeriesResponse = z.infer<typeof seriesResponseSchema>;
export type Series = SeriesResponse['series'][number];

/** A series as points to draw. */
export const seriesReadings = (series: Series): Reading[] =>
  toReadings(series.start, series.stepMinutes, series.values);

const statsSchema = z.object({
  mean: z.nullable(nonNegativeSchema),
  min: z.nullable(nonNegativeSchema),
  max: z.nullable(nonNegativeSchema),
  count: countSchema,
  shareClassIIIOrBetter: z.nullable(z.number().check(z.gte(0), z.lte(1))),
  coverage: z.enum(COVERAGES),
}) satisfies z.ZodMiniType<Stats>;

const windowSchema = z.object({ from: timestampSchema, to: timestampSchema });
export type Window = z.infer<typeof windowSchema>;

export const waterClassSchema = z.enum(CLASS_ORDER);

const reasonSchema = z.nullable(z.enum(REASONS));
const toneSchema = z.nullable(z.enum(TONES));

export const stationFiguresSchema = z.object({
  stationId: z.string().check(z.minLength(1)),
  indicator: indicatorSchema,
  latest: z.nullable(
    z.object({ time: timestampSchema, value: nonNegativeSchema, class: z.nullable(waterClassSchema) }),
  ),
  baseline: statsSchema,
  during: statsSchema,
  after: z.nullable(statsSchema),
  lastYearBaseline: statsSchema,
  lastYearDuring: statsSchema,
  change: z.nullable(z.number()),
  changeVsLastYear: z.nullable(z.number()),
  netOfSeasonPts: z.nullable(z.number()),
  lagDays: z.nullable(countSchema),
  reasons: z.object({
    change: reasonSchema,
    changeVsLastYear: reasonSchema,
    netOfSeasonPts: reasonSchema,
    lagDays: reasonSchema,
  }),
  tones: z.object({ change: toneSchema, changeVsLastYear: toneSchema }),
});
export type StationFigures = z.infer<typeof stationFiguresSchema>;

export const waterSummarySchema = z.object({
  asOf: timestampSchema,
  event: z.object({
    id: z.string().check(z.minLength(1)),
    start: timestampSchema,
    end: z.nullable(timestampSchema),
    inData: z.boolean(),
  }),
  windows: z.object({
    baseline: windowSchema,
    during: windowSchema,
    after: z.nullable(windowSchema),
    lastYearBaseline: windowSchema,
    lastYearDuring: windowSchema,
  }),
  figures: z.array(stationFiguresSchema),
});
export type WaterSummary = z.infer<typeof waterSummarySchema>;

/**
 * Where the summarised transfer lies against the data, as the served summary says (DESIGN §3 v3): its during window
 * holds readings; it lies wholly before or after the data (every figure's reason `event-…-data`); or it lies within
 * the data's period but no station was read during it.
 */
export function transferPlacement(summary: Pick<WaterSummary, 'event' | 'figures'>) {
  if (summary.event.inData) return 'in-data' as const;
  const outside = summary.figures.length === 0 || summary.figures.some((f) => f.reasons.change?.startsWith('event-'));
  return outside ? ('outside-data' as const) : ('no-readings' as const);
}

export const transferEventSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: localNameSchema,
  source: localNameSchema,
  start: timestampSchema,
  end: z.nullable(timestampSchema),
  flowM3s: nonNegativeSchema,
  note: localNameSchema,
});
export type TransferEvent = z.infer<typeof transferEventSchema>;
export const transferEventsSchema = z.object({ events: z.array(transferEventSchema) });

export interface SeriesParams {
  stations?: readonly string[];
  indicators?: readonly Indicator[];
  /** `YYYY-MM-DD`, inclusive. */
  from?: string;
  /** `YYYY-MM-DD`, inclusive. */
  to?: string;
  interval?: Interval;
}

/**
 * Daily means of every station over the whole dataset: the overview's and the wall's trends and the water-quality
 * page's default view draw from this one request.
 */
export const DAILY_SERIES_PARAMS: SeriesParams = { interval: '1d' };

export const waterQualityKeys = {
  all: () => ['water-quality'] as const,
  stations: () => [...waterQualityKeys.all(), 'stations'] as const,
  series: (params: SeriesParams) => [...waterQualityKeys.all(), 'series', params] as const,
  summary: (event: string | undefined) => [...waterQualityKeys.all(), 'summary', { event }] as const,
  transferEvents: () => [...waterQualityKeys.all(), 'transfer-events'] as const,
};

export const stationsQueryOptions = () =>
  queryOptions({
    queryKey: waterQualityKeys.stations(),
    queryFn: ({ signal }) => apiGet('/stations', stationsSchema, undefined, signal),
    select: (data) => data.stations,
  });

export const seriesQueryOptions = (params: SeriesParams) =>
  queryOptions({
    queryKey: waterQualityKeys.series(params),
    queryFn: ({ signal }) =>
      apiGet(
        '/water-quality/series',
        seriesResponseSchema,
        {
          station: params.stations,
          indicator: params.indicators,
          from: params.from,
          to: params.to,
          interval: params.interval,
        },
        signal,
      ),
  });

/**
 * The derived figures of one transfer event, or of the first when `event` is omitted; null when the dataset holds no
 * event (the API's 404 for that request), which screens show as "no transfer".
 */
export const waterSummaryQueryOptions = (event?: string) =>
  queryOptions({
    queryKey: waterQualityKeys.summary(event),
    queryFn: ({ signal }) =>
      apiGet('/water-quality/summary', waterSummarySchema, { event }, signal).catch((error: unknown) => {
        if (event === undefined && error instanceof ApiError && error.status === 404) return null;
        throw error;
      }),
  });

export const transferEventsQueryOptions = () =>
  queryOptions({
    queryKey: waterQualityKeys.transferEvents(),
    queryFn: ({ signal }) => apiGet('/water-transfer/events', transferEventsSchema, undefined, signal),
    select: (data) => data.events,
  });

export const useStations = (config: QueryConfig<typeof stationsQueryOptions> = {}) =>
  useQuery({ ...stationsQueryOptions(), ...config });

export const useSeries = (params: SeriesParams, config: QueryConfig<typeof seriesQueryOptions> = {}) =>
  useQuery({ ...seriesQueryOptions(params), ...config });

export const useTransferEvents = (config: QueryConfig<typeof transferEventsQueryOptions> = {}) =>
  useQuery({ ...transferEventsQueryOptions(), ...config });

export const useWaterSummary = (event?: string, config: QueryConfig<typeof waterSummaryQueryOptions> = {}) =>
  useQuery({ ...waterSummaryQueryOptions(event), ...config });
