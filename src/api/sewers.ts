import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiGet } from './client';
import {
  countSchema as count,
  dateSchema,
  localNameSchema,
  locationSchema,
  monthSchema,
  nonNegativeSchema as kmSchema,
  timestampSchema,
  type QueryConfig,
} from './common';

/** `/sewers/*`: the sewer-programme group of the contract. */

export const villageCountsSchema = z.object({ total: count, completed: count, inProgress: count, notStarted: count });
export type VillageCounts = z.infer<typeof villageCountsSchema>;
const pipelineSchema = z.object({ planned: kmSchema, built: kmSchema });

export const sewersSummarySchema = z.object({
  asOf: timestampSchema,
  period: z.object({ start: dateSchema, end: dateSchema }),
  villages: villageCountsSchema,
  pipelineKm: pipelineSchema,
});
export type SewersSummary = z.infer<typeof sewersSummarySchema>;

export const townSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: localNameSchema,
  location: locationSchema,
  villages: villageCountsSchema,
  pipelineKm: pipelineSchema,
});
export type Town = z.infer<typeof townSchema>;
export const townsSchema = z.object({ towns: z.array(townSchema) });

export const progressMonthSchema = z.object({
  month: monthSchema,
  plannedVillages: count,
  completedVillages: z.nullable(count),
  plannedKm: kmSchema,
  builtKm: z.nullable(kmSchema),
});
export type ProgressMonth = z.infer<typeof progressMonthSchema>;
export const progressSchema = z.object({ months: z.array(progressMonthSchema) });

export const VILLAGE_STATUSES = ['not_started', 'in_progress', 'completed'] as const;
export const villageStatusSchema = z.enum(VILLAGE_STATUSES);
export type VillageStatus = z.infer<typeof villageStatusSchema>;

export const villageSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: localNameSchema,
  townId: z.string().check(z.minLength(1)),
  status: villageStatusSchema,
  households: count,
  treatment: z.enum(['sewer_to_plant', 'village_station']),
  pipelineKm: pipelineSchema,
  startedOn: z.nullable(dateSchema),
  completedOn: z.nullable(dateSchema),
});
export type Village = z.infer<typeof villageSchema>;
export const villagesSchema = z.object({ villages: z.array(villageSchema) });

export interface VillageFilters {
  town?: string;
  status?: VillageStatus;
  q?: string;
}

export const sewersKeys = {
  all: () => ['sewers'] as const,
  summary: () => [...sewersKeys.all(), 'summary'] as const,
  towns: () => [...sewersKeys.all(), 'towns'] as const,
  progress: (town: string | undefined) => [...sewersKeys.all(), 'progress', { town }] as const,
  villages: (filters: VillageFilters) => [...sewersKeys.all(), 'villages', filters] as const,
};

export const sewersSummaryQueryOptions = () =>
  queryOptions({
    queryKey: sewersKeys.summary(),
    queryFn: ({ signal }) => apiGet('/sewers/summary', sewersSummarySchema, undefined, signal),
  });

export const townsQueryOptions = () =>
  queryOptions({
    queryKey: sewersKeys.towns(),
    queryFn: ({ signal }) => apiGet('/sewers/towns', townsSchema, undefined, signal),
    select: (data) => data.towns,
  });

export const progressQueryOptions = (town?: string) =>
  queryOptions({
    queryKey: sewersKeys.progress(town),
    queryFn: ({ signal }) => apiGet('/sewers/progress', progressSchema, { town }, signal),
    select: (data) => data.months,
  });

export const villagesQueryOptions = (filters: VillageFilters = {}) =>
  queryOptions({
    queryKey: sewersKeys.villages(filters),
    queryFn: ({ signal }) => apiGet('/sewers/villages', villagesSchema, { ...filters }, signal),
    select: (data) => data.villages,
  });

export const useSewersSummary = (config: QueryConfig<typeof sewersSummaryQueryOptions> = {}) =>
  useQuery({ ...sewersSummaryQueryOptions(), ...config });

export const useTowns = (config: QueryConfig<typeof townsQueryOptions> = {}) =>
  useQuery({ ...townsQueryOptions(), ...config });

export const useProgress = (town?: string, config: QueryConfig<typeof progressQueryOptions> = {}) =>
  useQuery({ ...progressQueryOptions(town), ...config });

export const useVillages = (filters: VillageFilters = {}, config: QueryConfig<typeof villagesQueryOptions> = {}) =>
  useQuery({ ...villagesQueryOptions(filters), ...config });
