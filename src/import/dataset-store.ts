import type { WaterDerived } from '../domain/water-records';
import { type DBSchema, openDB } from 'idb';
import type { SewersDataset, SourceRecord, WaterDataset, Part } from '../domain/dataset';
import { deriveSewersFigures, type SewersDerived } from '../domain/sewers-figures';
import { deriveWaterFigures } from '../domain/water-figures';

/**
 * The user's imports, kept in IndexedDB (DESIGN §7 "Kept"): each import of a part (water readings, the sewer
 * programme) with the figures derived from it when it was made, and which one each part serves. One record per
 * import, written with the choice of the active one in a single transaction, so that a failed write (quota, a closed
 * tab) leaves the previous state whole. Per part the two newest imports are kept: the active one and the one before.
 */

/**
 * Bumped when a stored record's shape changes; a record of an older version is migrated on reading, one of another
 * version refused, never half-read. Version 2 (DESIGN v3) derives more figures (coverage, reasons, verdicts) from
 * the same datasets: a version-1 import has its figures derived again.
 */
export const STORE_SCHEMA = 2;
const MIGRATES_FROM = 1;
const DB_NAME = 'gehu-water-dashboard';
const DB_VERSION = 1;
const KEPT_IMPORTS = 2;

interface ImportRecord<P extends Part, D, F> {
  schema: typeof STORE_SCHEMA;
  part: P;
  id: string;
  createdAt: string;
  dataset: D;
  derived: F;
}
export type WaterImport = ImportRecord<'water', WaterDataset, WaterDerived>;
export type SewersImport = ImportRecord<'sewers', SewersDataset, SewersDerived>;
export type StoredImport = WaterImport | SewersImport;
export type ImportOf<P extends Part> = Extract<StoredImport, { part: P }>;

/** What the page lists about an import without loading its data. */
export interface ImportSummary {
  id: string;
  createdAt: string;
  source: Extract<SourceRecord, { kind: 'import' }>;
  /** Stations of a water import, towns of a sewer import. */
  places: number;
  asOf: string;
}

/**
 * `default` until the user chooses (the deployment's own dataset: illustrative, or imported at build time),
 * `illustrative`, or a kept import's id.
 */
export type Choice = string;

interface PartState {
  schema: typeof STORE_SCHEMA;
  active: Choice;
  /** Newest first. */
  kept: ImportSummary[];
}

interface Schema extends DBSchema {
  imports: { key: string; value: StoredImport };
  state: { key: Part; value: PartState };
}

export class StoreVersionError extends Error {
  constructor(readonly found: unknown) {
    super(`stored data of version ${String(found)}; this app reads version ${STORE_SCHEMA}`);
  }
}

const open = () =>
  openDB<Schema>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      db.createObjectStore('imports', { keyPath: 'id' });
      db.createObjectStore('state');
    },
  });

const EMPTY: PartState = { schema: STORE_SCHEMA, active: 'default', kept: [] };

function checked<T extends { schema: number }>(record: T | undefined): T | undefined {
  if (record === undefined || record.schema === STORE_SCHEMA) return record;
  if (record.schema !== MIGRATES_FROM) throw new StoreVersionError(record.schema);
  return migrated(record);
}

/** A version-1 record as version 2: a state as it was, an import with its figures derived again from its data. */
function migrated<T extends { schema: number }>(record: T): T {
  const upgraded = { ...record, schema: STORE_SCHEMA } as T & { schema: typeof STORE_SCHEMA };
  const stored = upgraded as unknown as Partial<StoredImport>;
  if (stored.part === 'water' && stored.dataset) return { ...upgraded, derived: deriveWaterFigures(stored.dataset) };
  if (stored.part === 'sewers' && stored.dataset) return { ...upgraded, derived: deriveSewersFigures(stored.dataset) };
  return upgraded;
}

/** Which dataset a part serves and the imports kept of it. */
export async function readState(part: Part): Promise<{ active: Choice; kept: ImportSummary[] }> {
  const db = await open();
  try {
    const state = checked(await db.get('state', part)) ?? EMPTY;
    return { active: state.active, kept: state.kept };
  } finally {
    db.close();
  }
}

/** A part's active import, or the choice of a dataset that is not an import. */
export async function readActive<P extends Part>(part: P): Promise<ImportOf<P> | 'default' | 'illustrative'> {
  const db = await open();
  try {
    const state = checked(await db.get('state', part)) ?? EMPTY;
    if (state.active === 'default' || state.active === 'illustrative') return state.active;
    const record = checked(await db.get('imports', state.active));
    return record?.part === part ? (record as ImportOf<P>) : 'default';
  } finally {
    db.close();
  }
}

export const summaryOf = (record: StoredImport): ImportSummary => ({
  id: record.id,
  createdAt: record.createdAt,
  source: record.dataset.source as ImportSummary['source'],
  places: record.part === 'water' ? record.dataset.stations.length : record.dataset.towns.length,
  asOf: record.part === 'water' ? record.derived.asOf : record.derived.summary.asOf,
});

/** Stores an import and makes it its part's active one, dropping the part's imports beyond the two newest. */
export async function saveImport(record: StoredImport): Promise<void> {
  const db = await open();
  try {
    const tx = db.transaction(['imports', 'state'], 'readwrite');
    const state = checked(await tx.objectStore('state').get(record.part)) ?? EMPTY;
    const kept = [summaryOf(record), ...state.kept.filter((s) => s.id !== record.id)].slice(0, KEPT_IMPORTS);
    await tx.objectStore('imports').put(record);
    for (const dropped of state.kept.filter((s) => !kept.some((k) => k.id === s.id)))
      await tx.objectStore('imports').delete(dropped.id);
    await tx.objectStore('state').put({ schema: STORE_SCHEMA, active: record.id, kept }, record.part);
    await tx.done;
  } finally {
    db.close();
  }
}

/** Makes a kept import, the illustrative data or the deployment's default the data a part serves. */
export async function choose(part: Part, choice: Choice): Promise<void> {
  const db = await open();
  try {
    const tx = db.transaction('state', 'readwrite');
    const state = checked(await tx.store.get(part)) ?? EMPTY;
    if (choice !== 'default' && choice !== 'illustrative' && !state.kept.some((s) => s.id === choice))
      throw new Error(`no stored import ${choice}`);
    await tx.store.put({ ...state, active: choice }, part);
    await tx.done;
  } finally {
    db.close();
  }
}

/** Reads one kept import whole (for a bundle). */
export async function readImport(id: string): Promise<StoredImport | undefined> {
  const db = await open();
  try {
    return checked(await db.get('imports', id));
  } finally {
    db.close();
  }
}
