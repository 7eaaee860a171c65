import type { SewersDataset, WaterDataset } from '../src/domain/dataset';
import { deriveSewersFigures, type SewersDerived } from '../src/domain/sewers-figures';
import { toShanghaiTimestamp } from '../src/domain/shanghai-time';
import { deriveWaterFigures, type WaterDerived } from '../src/domain/water-figures';
import type { BatchFile, BatchOptions } from '../src/import/batch-import';
import { readBundle, writeBundle } from '../src/import/bundle';
import { checkSewers, checkWater } from '../src/import/contract-check';
import {
  activate,
  activeIds,
  insertSewers,
  insertWater,
  newDatasetId,
  readSewersDataset,
  readWaterDataset,
  type ActiveIds,
} from './db/datasets';
import type { Database } from './db/database';
import { importInThread } from './import-thread';

/** New datasets to store and make active together. */
export interface NewParts {
  water: { dataset: WaterDataset; derived: WaterDerived } | null;
  sewers: { dataset: SewersDataset; derived: SewersDerived } | null;
}

/**
 * Stores the parts and makes them active in one transaction, after checking that what they would serve keeps the
 * contract: a crash or a failure at any point leaves the previous active datasets as they were.
 */
export async function commitParts(db: Database, parts: NewParts, by: string): Promise<ActiveIds> {
  if (parts.water) checkWater(parts.water.dataset, parts.water.derived);
  if (parts.sewers) checkSewers(parts.sewers.dataset, parts.sewers.derived);
  await db.transaction(async (tx) => {
    if (parts.water) {
      const id = newDatasetId('water');
      await insertWater(tx, { id, createdBy: by, ...parts.water });
      await activate(tx, 'water', id);
    }
    if (parts.sewers) {
      const id = newDatasetId('sewers');
      await insertSewers(tx, { id, createdBy: by, ...parts.sewers });
      await activate(tx, 'sewers', id);
    }
  });
  return (await activeIds(db))!;
}

/**
 * Files read as `npm run serve -- import` reads them (in a worker thread), against the active data's stations, events
 * and towns, then stored and made active.
 */
export async function importFiles(
  db: Database,
  files: readonly BatchFile[],
  options: Omit<BatchOptions, 'importedAt'>,
  by: string,
): Promise<{ ids: ActiveIds; log: string[] }> {
  const ids = (await activeIds(db))!;
  const [water, sewers] = await Promise.all([readWaterDataset(db, ids.water), readSewersDataset(db, ids.sewers)]);
  const result = await importInThread(
    files,
    { stations: water.stations, events: water.events, towns: sewers.towns },
    { ...options, importedAt: toShanghaiTimestamp(Date.now()) },
  );
  return { ids: await commitParts(db, result, by), log: result.log };
}

/** The §7 bundle of the active data: its imported parts (the illustrative data is in every install). */
export async function exportBundle(db: Database): Promise<string | null> {
  const ids = (await activeIds(db))!;
  const [water, sewers] = await Promise.all([readWaterDataset(db, ids.water), readSewersDataset(db, ids.sewers)]);
  const imported = <D extends { source: { kind: string } }>(d: D) => (d.source.kind === 'import' ? d : null);
  const parts = { water: imported(water), sewers: imported(sewers) };
  if (!parts.water && !parts.sewers) return null;
  return writeBundle(parts, toShanghaiTimestamp(Date.now()));
}

/** A bundle's parts, checked whole, made active. */
export async function restoreBundle(db: Database, text: string, by: string): Promise<ActiveIds> {
  const bundle = readBundle(text);
  return commitParts(
    db,
    {
      water: bundle.water && { dataset: bundle.water, derived: deriveWaterFigures(bundle.water) },
      sewers: bundle.sewers && { dataset: bundle.sewers, derived: deriveSewersFigures(bundle.sewers) },
    },
    by,
  );
}
