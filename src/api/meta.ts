import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { toShanghaiDate } from '../domain/shanghai-time';
import { apiGet } from './client';
import { countSchema, timestampSchema, type QueryConfig } from './common';

export const sourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('illustrative') }),
  z.object({
    kind: z.literal('import'),
    files: z.array(
      z.object({
        name: z.string(),
        importedAt: timestampSchema,
        rows: countSchema,
        excluded: z.optional(countSchema),
      }),
    ),
  }),
]);
export type Source = z.infer<typeof sourceSchema>;

/** A part's first slot (water: a timestamp) or month (sewers) and its own as-of time (DESIGN §3 v3 "parts"). */
const partSchema = z.nullable(z.object({ from: z.string(), asOf: timestampSchema }));
export type PartMeta = z.infer<typeof partSchema>;

export const metaSchema = z.object({
  asOf: timestampSchema,
  timezone: z.literal('Asia/Shanghai'),
  synthetic: z.boolean(),
  sources: z.object({ waterQuality: sourceSchema, sewers: sourceSchema }),
  parts: z.object({ waterQuality: partSchema, sewers: partSchema }),
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

/**
 * What "data as of" says (DESIGN §7 v3 "As-of per part"): the dataset's one as-of time when both parts end at the same
 * time, else each part's own — the water's time and the sewers' month — never one part's date for both.
 */
export function asOfParts(
  meta: Meta,
): { kind: 'one'; asOf: number } | { kind: 'parts'; water: number; sewers: string } {
  const { waterQuality, sewers } = meta.parts;
  if (!waterQuality || !sewers || waterQuality.asOf === sewers.asOf) return { kind: 'one', asOf: meta.asOf };
  return { kind: 'parts', water: waterQuality.asOf, sewers: toShanghaiDate(sewers.asOf).slice(0, 7) };
}
