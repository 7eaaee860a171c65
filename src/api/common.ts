import * as z from 'zod/mini';
import type { LocalName } from '../domain/dataset';
import { parseShanghaiTimestamp } from '../domain/shanghai-time';

/**
 * Building blocks shared by the endpoint schemas (DESIGN §3 "Contract details").
 * The schemas use zod/mini, zod's tree-shakable build: the same validation for a fraction of the bytes.
 */

export const localNameSchema = z.object({ zh: z.string(), en: z.string() }) satisfies z.ZodMiniType<LocalName>;

export const dateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'));
export const monthSchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month YYYY-MM'));

/** A `…T…+08:00` timestamp, delivered to the app as epoch milliseconds (parsed once: series carry thousands). */
export const timestampSchema = z.pipe(
  z.string(),
  z.transform((text: string, context) => {
    const ms = parseShanghaiTimestamp(text);
    if (ms !== null) return ms;
    context.issues.push({ code: 'custom', message: 'expected a timestamp YYYY-MM-DDTHH:mm:ss+08:00', input: text });
    return z.NEVER;
  }),
);

export const locationSchema = z.object({
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lon: z.number().check(z.gte(-180), z.lte(180)),
});

export const countSchema = z.int().check(z.nonnegative());
export const nonNegativeSchema = z.number().check(z.nonnegative());

/** Per-hook overrides of an endpoint's query options: everything but the key and the fetcher. */
export type QueryConfig<T extends (...args: never[]) => object> = Partial<Omit<ReturnType<T>, 'queryKey' | 'queryFn'>>;
