import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiGet } from './client';
import { timestampSchema, type QueryConfig } from './common';

export const metaSchema = z.object({
  asOf: timestampSchema,
  timezone: z.literal('Asia/Shanghai'),
  synthetic: z.boolean(),
  generatedAt: timestampSchema,
});
export type Meta = z.infer<typeof metaSchema>;

export const metaKeys = {
  all: () => ['meta'] as const,
};

export const metaQueryOptions = () =>
  queryOptions({
    queryKey: metaKeys.all(),
    queryFn: ({ signal }) => apiGet('/meta', metaSchema, undefined, signal),
  });

export const useMeta = (config: QueryConfig<typeof metaQueryOptions> = {}) =>
  useQuery({ ...metaQueryOptions(), ...config });
