import * as z from 'zod/mini';
import type { WaterDataset } from '../domain/dataset';
import { INDICATORS } from '../domain/gb3838';
import { parseShanghaiTimestamp } from '../domain/shanghai-time';
import { ImportError } from './problems';

/**
 * A dataset bundle: the active import as one versioned JSON file, to carry to another browser (the wall's PC) and
 * import there (DESIGN §7 "Kept"). Everything in it is checked on load; a bundle of another version is refused.
 */
export const BUNDLE_FORMAT = 'gehu-water-dashboard/dataset-bundle';
export const BUNDLE_VERSION = 1;

const timestamp = z
  .string()
  .check(z.refine((t) => parseShanghaiTimestamp(t) !== null, 'expected YYYY-MM-DDTHH:mm:ss+08:00'));
const name = z.object({ zh: z.string(), en: z.string() });
const concentration = z.nullable(z.number().check(z.nonnegative()));

const waterSchema = z.object({
  source: z.object({
    kind: z.literal('import'),
    files: z.array(z.object({ name: z.string(), importedAt: timestamp, rows: z.int().check(z.nonnegative()) })),
  }),
  stations: z.array(
    z.object({
      id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
      name,
      kind: z.enum(['lake', 'inflow', 'outflow']),
      headline: z.boolean(),
      location: z.nullable(z.object({ lat: z.number(), lon: z.number() })),
    }),
  ),
  readings: z.object({
    start: timestamp,
    stepMinutes: z.literal(240),
    slots: z.int().check(z.positive()),
    values: z.record(z.string(), z.object({ nh3n: z.array(concentration), tn: z.array(concentration) })),
  }),
  events: z.array(
    z.object({
      id: z.string(),
      name,
      source: name,
      start: timestamp,
      end: z.nullable(timestamp),
      flowM3s: z.number().check(z.nonnegative()),
      note: name,
    }),
  ),
});

const bundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  exportedAt: timestamp,
  water: waterSchema,
});

export function writeBundle(water: WaterDataset, exportedAt: string): string {
  return JSON.stringify({ format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt, water });
}

const bad = (detail: string) => new ImportError({ code: 'bad-bundle', detail });

/** The water part a bundle carries, or a `bad-bundle` problem naming what is wrong. */
export function readBundle(text: string): WaterDataset {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw bad('not JSON');
  }
  const header = z.object({ format: z.string(), version: z.number() }).safeParse(json);
  if (!header.success || header.data.format !== BUNDLE_FORMAT) throw bad('not a dataset bundle of this app');
  if (header.data.version !== BUNDLE_VERSION)
    throw bad(`bundle version ${header.data.version}; this app reads version ${BUNDLE_VERSION}`);
  const parsed = bundleSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw bad(`${issue.path.join('.')}: ${issue.message}`);
  }
  const water = parsed.data.water;
  if (!water.readings.start.endsWith('T00:00:00+08:00')) throw bad('readings.start: not 00:00 of a day');
  const ids = water.stations.map((s) => s.id);
  if (new Set(ids).size !== ids.length) throw bad('stations: duplicate id');
  if (water.stations.filter((s) => s.headline).length !== 1) throw bad('stations: exactly one headline station');
  for (const id of ids) {
    const series = water.readings.values[id];
    if (!series) throw bad(`readings.values.${id}: missing`);
    for (const indicator of INDICATORS)
      if (series[indicator].length !== water.readings.slots)
        throw bad(
          `readings.values.${id}.${indicator}: ${series[indicator].length} values for ${water.readings.slots} slots`,
        );
  }
  return water;
}
