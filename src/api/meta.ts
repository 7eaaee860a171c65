import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiGet } from './client';
import { countSchema, timestampSchema, type QueryConfig } from './common';

const sourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('illustrative') }),
  z.object({
    kind: z.literal('import'),
    files: z.array(z.object({ name: z.string(), importedAt: timestampSchema, rows: countSchema })),
  }),
]);
export type Source = z.infer<typeof sourceSchema>;

export const metaSchema = z.object({
  asOf: timestampSchema,
  timezone: z.literal('Asia/Shanghai'),
  synthetic: z.boolean(),
  sources: z.object({ waterQuality: sourceSchema, sewers: sourceSchema }),
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
