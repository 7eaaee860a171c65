import { z } from 'zod';
import { parseShanghaiTimestamp } from '../domain/shanghai-time';

/** Building blocks shared by the endpoint schemas (DESIGN §3 "Contract details"). */

export const localNameSchema = z.object({ zh: z.string(), en: z.string() });
export type LocalName = z.infer<typeof localNameSchema>;

export const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month YYYY-MM');

/** A `…T…+08:00` timestamp, delivered to the app as epoch milliseconds. */
export const timestampSchema = z.string().transform((text, ctx) => {
  const ms = parseShanghaiTimestamp(text);
  if (ms === null) {
    ctx.addIssue({ code: 'custom', message: 'expected a timestamp YYYY-MM-DDTHH:mm:ss+08:00' });
    return z.NEVER;
  }
  return ms;
});

export const locationSchema = z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) });

/** Per-hook overrides of an endpoint's query options: everything but the key and the fetcher. */
export type QueryConfig<T extends (...args: never[]) => object> = Partial<Omit<ReturnType<T>, 'queryKey' | 'queryFn'>>;
