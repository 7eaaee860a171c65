import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiGet } from './client';
import {
  dateSchema,
  localNameSchema,
  locationSchema,
  nonNegativeSchema,
  timestampSchema,
  type QueryConfig,
} from './common';

/** `/stations`, `/water-quality/series` and `/water-transfer/events`: the water-quality group of the contract. */

export const INDICATORS = ['nh3n', 'tn'] as const;
export const indicatorSchema = z.enum(INDICATORS);
export type IndicatorId = z.infer<typeof indicatorSchema>;
export const intervalSchema = z.enum(['4h', '1d']);
export type Interval = z.infer<typeof intervalSchema>;

export const stationSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: localNameSchema,
  kind: z.enum(['lake', 'inflow', 'outflow']),
  headline: z.boolean(),
  location: locationSchema,
});
export type Station = z.infer<typeof stationSchema>;

export const stationsSchema = z.object({ stations: z.array(stationSchema) });

const valueSchema = z.nullable(nonNegativeSchema);

export const seriesResponseSchema = z.object({
  interval: intervalSchema,
  from: dateSchema,
  to: dateSchema,
  indicators: z.array(z.object({ id: indicatorSchema, unit: z.literal('mg/L'), name: localNameSchema })),
  series: z.array(
    z.object({
      stationId: z.string().check(z.minLength(1)),
      indicator: indicatorSchema,
      points: z.array(z.tuple([timestampSchema, valueSchema])),
    }),
  ),
});
export type SeriesResponse = z.infer<typeof seriesResponseSchema>;
export type Series = SeriesResponse['series'][number];

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
  indicators?: readonly IndicatorId[];
  /** `YYYY-MM-DD`, inclusive. */
  from?: string;
  /** `YYYY-MM-DD`, inclusive. */
  to?: string;
  interval?: Interval;
}

/** The readings the overview quotes: the headline station, 4-hourly, the whole dataset. */
export const headlineSeriesParams = (stationId: string): SeriesParams => ({ stations: [stationId], interval: '4h' });

export const waterQualityKeys = {
  all: () => ['water-quality'] as const,
  stations: () => [...waterQualityKeys.all(), 'stations'] as const,
  series: (params: SeriesParams) => [...waterQualityKeys.all(), 'series', params] as const,
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
