import * as z from 'zod/mini';
import type { SewersDataset, WaterDataset } from '../domain/dataset';
import { INDICATORS } from '../domain/gb3838';
import { parseShanghaiTimestamp } from '../domain/shanghai-time';
import { ImportError } from './problems';

/**
 * A dataset bundle: the active imports (water readings, the sewer programme, or both) as one versioned JSON file, to
 * carry to another browser (the wall's PC) and import there (DESIGN §7 "Kept"). Everything in it is checked on load;
 * a bundle of another version is refused.
 */
export const BUNDLE_FORMAT = 'gehu-water-dashboard/dataset-bundle';
export const BUNDLE_VERSION = 1;

const timestamp = z
  .string()
  .check(z.refine((t) => parseShanghaiTimestamp(t) !== null, 'expected YYYY-MM-DDTHH:mm:ss+08:00'));
const name = z.object({ zh: z.string(), en: z.string() });
const concentration = z.nullable(z.number().check(z.nonnegative()));

/** A transfer event as a bundle and the server's event edits carry it. */
export const transferEventRecordSchema = z.object({
  id: z.string(),
  name,
  source: name,
  start: timestamp,
  end: z.nullable(timestamp),
  flowM3s: z.number().check(z.nonnegative()),
  note: name,
});

const importSource = z.object({
  kind: z.literal('import'),
  files: z.array(
    z.object({
      name: z.string(),
      importedAt: timestamp,
      rows: z.int().check(z.nonnegative()),
      excluded: z.optional(z.int().check(z.nonnegative())),
    }),
  ),
});
const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const count = z.int().check(z.nonnegative());
const km = z.number().check(z.nonnegative());
const location = z.nullable(z.object({ lat: z.number(), lon: z.number() }));

const sewersSchema = z.object({
  source: importSource,
  period: z.object({ start: date, end: date }),
  asOf: timestamp,
  towns: z.array(z.object({ id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)), name, location })),
  villages: z.array(
    z.object({
      id: z.string(),
      name,
      townId: z.string(),
      status: z.enum(['not_started', 'in_progress', 'completed']),
      households: count,
      treatment: z.enum(['sewer_to_plant', 'village_station']),
      pipelineKm: z.object({ planned: km, built: km }),
      startedOn: z.nullable(date),
      completedOn: z.nullable(date),
    }),
  ),
  progress: z.record(
    z.string(),
    z.array(
      z.object({
        month: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
        plannedVillages: z.nullable(count),
        completedVillages: z.nullable(count),
        plannedKm: z.nullable(km),
        builtKm: z.nullable(km),
      }),
    ),
  ),
});

const waterSchema = z.object({
  source: importSource,
  stations: z.array(
    z.object({
      id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
      name,
      kind: z.enum(['lake', 'inflow', 'outflow']),
      headline: z.boolean(),
      location,
    }),
  ),
  readings: z.object({
    start: timestamp,
    stepMinutes: z.literal(240),
    slots: z.int().check(z.positive()),
    values: z.record(z.string(), z.object({ nh3n: z.array(concentration), tn: z.array(concentration) })),
  }),
  events: z.array(transferEventRecordSchema),
});

const bundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  exportedAt: timestamp,
  water: z.optional(waterSchema),
  sewers: z.optional(sewersSchema),
});

export interface BundleParts {
  water: WaterDataset | null;
  sewers: SewersDataset | null;
}

export function writeBundle({ water, sewers }: BundleParts, exportedAt: string): string {
  return JSON.stringify({
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt,
    ...(water ? { water } : {}),
    ...(sewers ? { sewers } : {}),
  });
}

const bad = (detail: string) => new ImportError({ code: 'bad-bundle', detail });

/** The parts a bundle carries, or a `bad-bundle` problem naming what is wrong. */
export function readBundle(text: string): BundleParts {
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
  const { water, sewers } = parsed.data;
  if (!water && !sewers) throw bad('neither water readings nor a sewer programme');
  if (sewers) checkSewers(sewers);
  if (water) checkWater(water);
  return { water: water ?? null, sewers: sewers ?? null };
}

function checkSewers(sewers: SewersDataset) {
  const towns = new Set(sewers.towns.map((t) => t.id));
  const stray = sewers.villages.find((v) => !towns.has(v.townId));
  if (stray) throw bad(`sewers.villages: ${stray.id} in unknown town ${stray.townId}`);
  const unprogressed = sewers.towns.find((t) => !sewers.progress[t.id]);
  if (unprogressed) throw bad(`sewers.progress.${unprogressed.id}: missing`);
}

function checkWater(water: WaterDataset) {
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
