import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { VILLAGE_STATUSES, type ProgressMonth } from '../domain/dataset';
import { STANDINGS, type Plan, type Standing, type VillageCounts } from '../domain/sewers-figures';
import { apiGet } from './client';
import {
  countSchema as count,
  dateSchema,
  localNameSchema,
  locationSchema,
  monthSchema,
  nonNegativeSchema as kmSchema,
  nonNegativeSchema as nonNegative,
  timestampSchema,
  type QueryConfig,
} from './common';

/** `/sewers/*`: the sewer-programme group of the contract. */

export const villageCountsSchema = z.object({
  total: count,
  completed: count,
  inProgress: count,
  notStarted: count,
}) satisfies z.ZodMiniType<VillageCounts>;
const pipelineSchema = z.object({ planned: kmSchema, built: kmSchema });

/** Where a scope stands against its plan at the as-of month (DESIGN §3 "plan figures"); null when no plan was given. */
export const planSchema = z.nullable(
  z.object({
    plannedToDate: z.object({ villages: count, km: kmSchema }),
    shareOfPlan: z.object({ villages: z.nullable(nonNegative), km: z.nullable(nonNegative) }),
    gapToPlan: z.object({ villages: z.int(), km: z.number() }),
  }),
) satisfies z.ZodMiniType<Plan>;

/** Where a scope stands against its plan (DESIGN §3 v3 "verdicts"); null without a plan. */
export const standingSchema = z.nullable(z.enum(STANDINGS));
const shareOfTotalSchema = z.object({ villages: z.nullable(nonNegative), km: z.nullable(nonNegative) });

/** A standing that is behind plan: the only one any screen calls 落后 / behind. */
export const isBehind = (standing: Standing | null) => standing === 'behind' || standing === 'well-behind';

/** The colour of a standing (DESIGN §3 v3 "verdicts"): ahead and on plan good, behind neutral, well behind bad. */
export const standingTone = (standing: Standing | null) =>
  standing === 'well-behind' ? 'bad' : standing === 'behind' || standing === null ? 'neutral' : 'good';

export const sewersSummarySchema = z.object({
  asOf: timestampSchema,
  period: z.object({ start: dateSchema, end: dateSchema }),
  villages: villageCountsSchema,
  pipelineKm: pipelineSchema,
  shareOfTotal: shareOfTotalSchema,
  plan: planSchema,
  standing: standingSchema,
});
export type SewersSummary = z.infer<typeof sewersSummarySchema>;

export const townSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: localNameSchema,
  location: z.nullable(locationSchema),
  villages: villageCountsSchema,
  pipelineKm: pipelineSchema,
  shareOfTotal: shareOfTotalSchema,
  plan: planSchema,
  standing: standingSchema,
});
export type Town = z.infer<typeof townSchema>;
export const townsSchema = z.object({ towns: z.array(townSchema) });

export const progressMonthSchema = z.object({
  month: monthSchema,
  plannedVillages: z.nullable(count),
  completedVillages: z.nullable(count),
  plannedKm: z.nullable(kmSchema),
  builtKm: z.nullable(kmSchema),
}) satisfies z.ZodMiniType<ProgressMonth>;
export const progressSchema = z.object({ months: z.array(progressMonthSchema) });

export const villageStatusSchema = z.enum(VILLAGE_STATUSES);

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

export const sewersKeys = {
  all: () => ['sewers'] as const,
  summary: () => [...sewersKeys.all(), 'summary'] as const,
  towns: () => [...sewersKeys.all(), 'towns'] as const,
  progress: (town: string | undefined) => [...sewersKeys.all(), 'progress', { town }] as const,
  villages: () => [...sewersKeys.all(), 'villages'] as const,
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

/** Every village: the page filters, sorts and searches them itself (pinyin, tone marks), as one list. */
export const villagesQueryOptions = () =>
  queryOptions({
    queryKey: sewersKeys.villages(),
    queryFn: ({ signal }) => apiGet('/sewers/villages', villagesSchema, undefined, signal),
    select: (data) => data.villages,
  });

export const useSewersSummary = (config: QueryConfig<typeof sewersSummaryQueryOptions> = {}) =>
  useQuery({ ...sewersSummaryQueryOptions(), ...config });

export const useTowns = (config: QueryConfig<typeof townsQueryOptions> = {}) =>
  useQuery({ ...townsQueryOptions(), ...config });

export const useProgress = (town?: string, config: QueryConfig<typeof progressQueryOptions> = {}) =>
  useQuery({ ...progressQueryOptions(town), ...config });

export const useVillages = (config: QueryConfig<typeof villagesQueryOptions> = {}) =>
  useQuery({ ...villagesQueryOptions(), ...config });
