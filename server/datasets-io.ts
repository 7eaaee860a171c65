import type { WaterDerived } from '../src/domain/water-records';
import {
  PARTS,
  type Part,
  type SewersDataset,
  type TransferEventRecord,
  type WaterDataset,
} from '../src/domain/dataset';
import { deriveSewersFigures, type SewersDerived } from '../src/domain/sewers-figures';
import { toShanghaiTimestamp } from '../src/domain/shanghai-time';
import { deriveWaterFigures } from '../src/domain/water-figures';
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
import type { Database, Queryable } from './db/database';
import { illustrativeId } from './db/illustrative';
import { audit } from './auth';
import { deriveInThread, importInThread } from './import-thread';

/** New datasets to store and make active together. */
export interface NewParts {
  water: { dataset: WaterDataset; derived: WaterDerived } | null;
  sewers: { dataset: SewersDataset; derived: SewersDerived } | null;
}

/** The part's active dataset changed since the editor's page read it (`basedOn`): nothing was written. */
export class ConflictError extends Error {}

/** `FAULT_ENOSPC=1`: the disk fills up at the commit (the tests' stand-in for a full disk). */
export class DiskFullError extends Error {
  readonly code = 'ENOSPC';
}

export interface CommitOptions {
  /** The active dataset ids the change was made against; a part whose id differs refuses the commit (409). */
  basedOn?: Partial<ActiveIds>;
  /** What the audit log records (with `by`); nothing is logged without it. */
  action?: string;
  faultEnospc?: boolean;
  /** Tests only: hold the transaction open this long after writing, before committing (`FAULT_COMMIT_DELAY_MS`). */
  commitDelayMs?: number;
}

export type Faults = Pick<CommitOptions, 'faultEnospc' | 'commitDelayMs'>;

/** The faults a test asks for, at the point of the commit: everything written, nothing committed yet. */
async function injectedFaults({ faultEnospc, commitDelayMs }: Faults) {
  if (commitDelayMs) {
    console.error('fault: holding the commit open');
    await new Promise((resolve) => setTimeout(resolve, commitDelayMs));
  }
  if (faultEnospc) throw new DiskFullError('no space left on device (FAULT_ENOSPC)');
}

/** Locks the part's pointer for the transaction and checks it against `basedOn`. */
async function checkBasedOn(tx: Queryable, part: Part, basedOn: string | undefined) {
  const [row] = await tx.query<{ dataset_id: string }>('SELECT dataset_id FROM active WHERE part = $1 FOR UPDATE', [
    part,
  ]);
  if (basedOn !== undefined && row?.dataset_id !== basedOn)
    throw new ConflictError(
      `the ${part} data changed meanwhile (now ${row?.dataset_id ?? 'none'}); reload and try again`,
    );
}

/**
 * Stores the parts and makes them active in one transaction, after checking that what they would serve keeps the
 * contract: a crash, a conflict or a failure at any point leaves the previous active datasets as they were.
 */
export async function commitParts(
  db: Database,
  parts: NewParts,
  by: string,
  options: CommitOptions = {},
): Promise<ActiveIds> {
  if (parts.water) checkWater(parts.water.dataset, parts.water.derived);
  if (parts.sewers) checkSewers(parts.sewers.dataset, parts.sewers.derived);
  await db.transaction(async (tx) => {
    const made: Record<string, string> = {};
    for (const part of PARTS) {
      const made_ = parts[part];
      if (!made_) continue;
      await checkBasedOn(tx, part, options.basedOn?.[part]);
      const id = newDatasetId(part);
      if (part === 'water') await insertWater(tx, { id, createdBy: by, ...parts.water! });
      else await insertSewers(tx, { id, createdBy: by, ...parts.sewers! });
      await activate(tx, part, id);
      made[part] = id;
    }
    if (options.action) await audit(tx, by, options.action, made);
    await injectedFaults(options);
  });
  return (await activeIds(db))!;
}

/** Points a part at a dataset it holds (`"illustrative"`: the illustrative data), if `basedOn` still holds. */
export async function switchActive(
  db: Database,
  part: Part,
  dataset: string,
  by: string,
  options: CommitOptions & { basedOn: Partial<ActiveIds> },
): Promise<ActiveIds | null> {
  const id = dataset === 'illustrative' ? illustrativeId(part) : dataset;
  const switched = await db.transaction(async (tx) => {
    await checkBasedOn(tx, part, options.basedOn[part]);
    const [row] = await tx.query('SELECT 1 FROM datasets WHERE id = $1 AND part = $2', [id, part]);
    if (!row) return false;
    await activate(tx, part, id);
    await audit(tx, by, `switch ${part}`, { dataset: id });
    await injectedFaults(options);
    return true;
  });
  return switched ? (await activeIds(db))! : null;
}

/** A new water dataset with the active one's readings and new events, its figures derived again, made active. */
export async function replaceEvents(
  db: Database,
  events: TransferEventRecord[],
  by: string,
  options: CommitOptions & { basedOn: Partial<ActiveIds> },
): Promise<ActiveIds> {
  const ids = (await activeIds(db))!;
  const current = await readWaterDataset(db, ids.water);
  const dataset: WaterDataset = { ...current, events };
  const derived = await deriveInThread(dataset);
  return commitParts(db, { water: { dataset, derived }, sewers: null }, by, { ...options, action: 'edit events' });
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
  faults: Faults = {},
): Promise<{ ids: ActiveIds; log: string[] }> {
  const ids = (await activeIds(db))!;
  const [water, sewers] = await Promise.all([readWaterDataset(db, ids.water), readSewersDataset(db, ids.sewers)]);
  const result = await importInThread(
    files,
    { stations: water.stations, events: water.events, towns: sewers.towns },
    { ...options, importedAt: toShanghaiTimestamp(Date.now()) },
  );
  return { ids: await commitParts(db, result, by, { action: 'import (terminal)', ...faults }), log: result.log };
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
    { action: 'restore (terminal)' },
  );
}
