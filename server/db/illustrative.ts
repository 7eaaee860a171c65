import type { WaterDerived } from '../../src/domain/water-records';
import { readFileSync } from 'node:fs';
import type {
  ProgressMonth,
  ReadingGrid,
  SewersDataset,
  StationRecord,
  TownRecord,
  TransferEventRecord,
  VillageRecord,
  WaterDataset,
} from '../../src/domain/dataset';
import type { SewersDerived } from '../../src/domain/sewers-figures';
import { activate, activeIds, insertSewers, insertWater } from './datasets';
import type { Part } from '../../src/domain/dataset';
import type { Database } from './database';

const dataFile = <T>(name: string) =>
  JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8')) as T;

/** The generator's time, as compact digits: a regenerated `data/` is a new dataset, never an edit of a stored one. */
function illustrativeStamp() {
  const { generatedAt } = dataFile<{ generatedAt: string }>('meta.json');
  return { generatedAt, stamp: generatedAt.replace(/\D/g, '').slice(0, 14) };
}

/** The id of the part's illustrative dataset (what `PUT /active/{part}` calls `"illustrative"`). */
export function illustrativeId(part: Part): string {
  return `illustrative-${part}-${illustrativeStamp().stamp}`;
}

/**
 * Loads the illustrative dataset of `data/`, with the figures its generator derived, when the database does not hold
 * it yet, and makes it active where a part has none, or where the active one is an earlier illustrative dataset.
 */
export async function ensureIllustrative(db: Database): Promise<void> {
  const { generatedAt } = illustrativeStamp();
  const ids = { water: illustrativeId('water'), sewers: illustrativeId('sewers') };
  const stored = await db.query<{ id: string }>('SELECT id FROM datasets WHERE id = $1 OR id = $2', [
    ids.water,
    ids.sewers,
  ]);
  const has = new Set(stored.map((r) => r.id));
  const active = await activeIds(db);
  const stale = (part: Part) => !active || (active[part].startsWith('illustrative-') && active[part] !== ids[part]);
  if (has.size === 2 && !stale('water') && !stale('sewers')) return;
  await db.transaction(async (tx) => {
    // Two processes starting at once on one PostgreSQL: the second waits here, then finds the data loaded.
    await tx.query('SELECT pg_advisory_xact_lock($1)', [7_214_503]);
    const again = new Set(
      (await tx.query<{ id: string }>('SELECT id FROM datasets WHERE id = $1 OR id = $2', [ids.water, ids.sewers])).map(
        (r) => r.id,
      ),
    );
    if (!again.has(ids.water)) {
      const water: WaterDataset = {
        source: { kind: 'illustrative' },
        stations: dataFile<{ stations: StationRecord[] }>('stations.json').stations,
        events: dataFile<{ events: TransferEventRecord[] }>('transfer-events.json').events,
        readings: dataFile<ReadingGrid>('readings.json'),
      };
      await insertWater(tx, {
        id: ids.water,
        createdBy: 'illustrative',
        createdAt: generatedAt,
        dataset: water,
        derived: dataFile<WaterDerived>('water-figures.json'),
      });
    }
    if (!again.has(ids.sewers)) {
      const figures = dataFile<SewersDerived>('sewers-figures.json');
      const sewers: SewersDataset = {
        source: { kind: 'illustrative' },
        period: figures.summary.period,
        asOf: figures.summary.asOf,
        towns: dataFile<{ towns: TownRecord[] }>('sewers-towns.json').towns,
        villages: dataFile<{ villages: VillageRecord[] }>('sewers-villages.json').villages,
        progress: dataFile<{ progress: Record<string, ProgressMonth[]> }>('sewers-progress.json').progress,
      };
      await insertSewers(tx, {
        id: ids.sewers,
        createdBy: 'illustrative',
        createdAt: generatedAt,
        dataset: sewers,
        derived: figures,
      });
    }
    const current = await activeIds(tx);
    for (const part of ['water', 'sewers'] as const) {
      const id = current?.[part];
      if (!id || (id.startsWith('illustrative-') && id !== ids[part])) await activate(tx, part, ids[part]);
    }
  });
}
