import type { WaterDerived } from '../../src/domain/water-records';
import { randomUUID } from 'node:crypto';
import { once, type SewersPart, type WaterPart } from '../../src/contract/served-dataset';
import type { ReadingGrid, SewersDataset, SourceRecord, WaterDataset, Part } from '../../src/domain/dataset';
import type { Indicator } from '../../src/domain/gb3838';
import { dailyGrid, type DailyGrid } from '../../src/domain/readings';
import type { SewersDerived } from '../../src/domain/sewers-figures';
import { toShanghaiTimestamp } from '../../src/domain/shanghai-time';
import type { Database, Queryable } from './database';

/** The channel the active pointers' changes are announced on, to every server process (DESIGN §10 "Change notices"). */
export const CHANGES_CHANNEL = 'gehu_changes';

export interface Notice {
  part: Part;
  datasetId: string;
}

export type ActiveIds = Record<Part, string>;

export interface DatasetRow {
  id: string;
  part: Part;
  createdAt: string;
  createdBy: string;
  source: SourceRecord;
  active: boolean;
}

interface WaterBody {
  stations: WaterDataset['stations'];
  events: WaterDataset['events'];
  readings: { start: string; slots: number };
  daily: { start: string; days: number };
}

type SewersBody = Omit<SewersDataset, 'source'>;

export const newDatasetId = (part: Part) => `${part}-${randomUUID()}`;

interface NewDataset<D, F> {
  id: string;
  createdBy: string;
  /** The generator's time for the illustrative data; the database's clock otherwise. */
  createdAt?: string;
  dataset: D;
  derived: F;
}

async function insertRow(
  tx: Queryable,
  part: Part,
  row: NewDataset<unknown, unknown>,
  source: SourceRecord,
  body: object,
) {
  await tx.query(
    `INSERT INTO datasets (id, part, created_at, created_by, source, body, figures)
     VALUES ($1, $2, coalesce($3::timestamptz, now()), $4, $5, $6, $7)`,
    [row.id, part, row.createdAt ?? null, row.createdBy, source, body, row.derived],
  );
}

/** Stores a water dataset, its readings and daily values columnar, beside the figures derived from it. */
export async function insertWater(tx: Queryable, row: NewDataset<WaterDataset, WaterDerived>): Promise<void> {
  const { dataset } = row;
  const daily = dailyGrid(dataset.readings);
  const body: WaterBody = {
    stations: dataset.stations,
    events: dataset.events,
    readings: { start: dataset.readings.start, slots: dataset.readings.slots },
    daily: { start: daily.start, days: daily.days },
  };
  await insertRow(tx, 'water', row, dataset.source, body);
  for (const [interval, grid] of [
    ['4h', dataset.readings],
    ['1d', daily],
  ] as const) {
    for (const [stationId, byIndicator] of Object.entries(grid.values)) {
      for (const [indicator, values] of Object.entries(byIndicator)) {
        await tx.query(
          `INSERT INTO series (dataset_id, interval, station_id, indicator, start_at, "values")
           VALUES ($1, $2, $3, $4, $5, $6::float8[])`,
          [row.id, interval, stationId, indicator, grid.start, values],
        );
      }
    }
  }
}

export async function insertSewers(tx: Queryable, row: NewDataset<SewersDataset, SewersDerived>): Promise<void> {
  const { source, ...body } = row.dataset;
  await insertRow(tx, 'sewers', row, source, body satisfies SewersBody);
}

/**
 * Makes `datasetId` the part's active dataset and announces it; the notice is delivered when the transaction commits,
 * and not at all when it does not.
 */
export async function activate(tx: Queryable, part: Part, datasetId: string): Promise<void> {
  await tx.query(
    `INSERT INTO active (part, dataset_id, switched_at) VALUES ($1, $2, now())
     ON CONFLICT (part) DO UPDATE SET dataset_id = excluded.dataset_id, switched_at = excluded.switched_at`,
    [part, datasetId],
  );
  const notice: Notice = { part, datasetId };
  await tx.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, JSON.stringify(notice)]);
}

export async function activeIds(db: Queryable): Promise<ActiveIds | null> {
  const rows = await db.query<{ part: Part; dataset_id: string }>('SELECT part, dataset_id FROM active');
  const ids = Object.fromEntries(rows.map((r) => [r.part, r.dataset_id])) as Partial<ActiveIds>;
  return ids.water && ids.sewers ? { water: ids.water, sewers: ids.sewers } : null;
}

const timestampOf = (value: Date | string) => toShanghaiTimestamp(new Date(value).getTime());

export async function listDatasets(db: Queryable, part?: Part): Promise<DatasetRow[]> {
  const rows = await db.query<{
    id: string;
    part: Part;
    created_at: Date | string;
    created_by: string;
    source: SourceRecord;
    active: boolean;
  }>(
    `SELECT d.id, d.part, d.created_at, d.created_by, d.source, (a.dataset_id IS NOT NULL) AS active
     FROM datasets d LEFT JOIN active a ON a.dataset_id = d.id
     WHERE $1::text IS NULL OR d.part = $1
     ORDER BY d.created_at DESC, d.id`,
    [part ?? null],
  );
  return rows.map((r) => ({
    id: r.id,
    part: r.part,
    createdAt: timestampOf(r.created_at),
    createdBy: r.created_by,
    source: r.source,
    active: r.active,
  }));
}

interface Loaded<P> {
  part: P;
  createdAt: string;
}

async function datasetRow<B, F>(db: Queryable, id: string, part: Part) {
  const rows = await db.query<{ source: SourceRecord; body: B; figures: F; created_at: Date | string }>(
    'SELECT source, body, figures, created_at FROM datasets WHERE id = $1 AND part = $2',
    [id, part],
  );
  const row = rows[0];
  if (!row) throw new Error(`no ${part} dataset ${id}`);
  return row;
}

async function grid(db: Queryable, id: string, interval: '4h' | '1d') {
  const rows = await db.query<{ station_id: string; indicator: Indicator; values: (number | null)[] }>(
    'SELECT station_id, indicator, "values" FROM series WHERE dataset_id = $1 AND interval = $2',
    [id, interval],
  );
  const values: Record<string, Record<Indicator, (number | null)[]>> = {};
  for (const r of rows) (values[r.station_id] ??= {} as Record<Indicator, (number | null)[]>)[r.indicator] = r.values;
  return values;
}

/**
 * A water dataset as the routes read it: everything but the 4-hourly readings read now, those on first use (only
 * `interval=4h` asks for them).
 */
export async function loadWater(db: Queryable, id: string): Promise<Loaded<WaterPart>> {
  const row = await datasetRow<WaterBody, WaterDerived>(db, id, 'water');
  const daily: DailyGrid = {
    start: row.body.daily.start,
    stepMinutes: 1440,
    days: row.body.daily.days,
    values: await grid(db, id, '1d'),
  };
  const readings = once(async (): Promise<ReadingGrid> => ({
    start: row.body.readings.start,
    stepMinutes: 240,
    slots: row.body.readings.slots,
    values: await grid(db, id, '4h'),
  }));
  return {
    createdAt: timestampOf(row.created_at),
    part: {
      source: () => Promise.resolve(row.source),
      stations: () => Promise.resolve(row.body.stations),
      events: () => Promise.resolve(row.body.events),
      readings,
      daily: () => Promise.resolve(daily),
      derived: () => Promise.resolve(row.figures),
    },
  };
}

export async function loadSewers(db: Queryable, id: string): Promise<Loaded<SewersPart>> {
  const row = await datasetRow<SewersBody, SewersDerived>(db, id, 'sewers');
  return {
    createdAt: timestampOf(row.created_at),
    part: {
      source: () => Promise.resolve(row.source),
      towns: () => Promise.resolve(row.body.towns),
      villages: () => Promise.resolve(row.body.villages),
      progress: () => Promise.resolve(row.body.progress),
      derived: () => Promise.resolve(row.figures),
    },
  };
}

/** The whole water dataset (for a bundle). */
export async function readWaterDataset(db: Queryable, id: string): Promise<WaterDataset> {
  const { part } = await loadWater(db, id);
  return {
    source: await part.source(),
    stations: await part.stations(),
    events: await part.events(),
    readings: await part.readings(),
  };
}

export async function readSewersDataset(db: Queryable, id: string): Promise<SewersDataset> {
  const row = await datasetRow<SewersBody, SewersDerived>(db, id, 'sewers');
  return { source: row.source, ...row.body };
}

export type { Database };

/** What new files are matched against: the active data's stations, events and towns (not its readings). */
export async function activeKnown(db: Queryable) {
  const rows = await db.query<{ part: Part; body: Partial<WaterBody & SewersBody> }>(
    'SELECT d.part, d.body FROM active a JOIN datasets d ON d.id = a.dataset_id',
  );
  const water = rows.find((r) => r.part === 'water')?.body;
  const sewers = rows.find((r) => r.part === 'sewers')?.body;
  return { stations: water?.stations ?? [], events: water?.events ?? [], towns: sewers?.towns ?? [] };
}
