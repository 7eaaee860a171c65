import { type DBSchema, openDB } from 'idb';
import type { Source, WaterDataset } from '../domain/dataset';
import type { WaterDerived } from '../domain/water-figures';

/**
 * The user's imports, kept in IndexedDB (DESIGN §7 "Kept"): each import with the figures derived from it when it was
 * made, and which one the app serves. One record per import, written with the choice of the active one in a single
 * transaction, so that a failed write (quota, a closed tab) leaves the previous state whole. The two newest imports
 * are kept: the active one and the one before it, to switch back to.
 */

/** Bumped when a stored record's shape changes; a record of another version is refused, never half-read. */
export const STORE_SCHEMA = 1;
const DB_NAME = 'gehu-water-dashboard';
const DB_VERSION = 1;
const KEPT_IMPORTS = 2;

export interface WaterImport {
  schema: typeof STORE_SCHEMA;
  id: string;
  createdAt: string;
  dataset: WaterDataset;
  derived: WaterDerived;
}

/** What the page lists about an import without loading its readings. */
export interface ImportSummary {
  id: string;
  createdAt: string;
  source: Extract<Source, { kind: 'import' }>;
  stations: number;
  asOf: string;
}

/**
 * `default` until the user chooses (the deployment's own dataset: illustrative, or imported at build time),
 * `illustrative`, or a kept import's id.
 */
export type Choice = string;

interface WaterState {
  schema: typeof STORE_SCHEMA;
  active: Choice;
  /** Newest first. */
  kept: ImportSummary[];
}

interface Schema extends DBSchema {
  imports: { key: string; value: WaterImport };
  state: { key: 'water'; value: WaterState };
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

const EMPTY: WaterState = { schema: STORE_SCHEMA, active: 'default', kept: [] };

function checked<T extends { schema: number }>(record: T | undefined): T | undefined {
  if (record !== undefined && record.schema !== STORE_SCHEMA) throw new StoreVersionError(record.schema);
  return record;
}

/** Which dataset is chosen and the imports kept. */
export async function readWaterState(): Promise<{ active: Choice; kept: ImportSummary[] }> {
  const db = await open();
  try {
    const state = checked(await db.get('state', 'water')) ?? EMPTY;
    return { active: state.active, kept: state.kept };
  } finally {
    db.close();
  }
}

/** The active import, or the choice of a dataset that is not an import. */
export async function readActiveWater(): Promise<WaterImport | 'default' | 'illustrative'> {
  const db = await open();
  try {
    const state = checked(await db.get('state', 'water')) ?? EMPTY;
    if (state.active === 'default' || state.active === 'illustrative') return state.active;
    return checked(await db.get('imports', state.active)) ?? 'default';
  } finally {
    db.close();
  }
}

export const summaryOf = (record: WaterImport): ImportSummary => ({
  id: record.id,
  createdAt: record.createdAt,
  source: record.dataset.source as ImportSummary['source'],
  stations: record.dataset.stations.length,
  asOf: record.derived.asOf,
});

/** Stores an import and makes it active, dropping the imports beyond the two newest, all in one transaction. */
export async function saveWaterImport(record: WaterImport): Promise<void> {
  const db = await open();
  try {
    const tx = db.transaction(['imports', 'state'], 'readwrite');
    const state = checked(await tx.objectStore('state').get('water')) ?? EMPTY;
    const kept = [summaryOf(record), ...state.kept.filter((s) => s.id !== record.id)].slice(0, KEPT_IMPORTS);
    await tx.objectStore('imports').put(record);
    for (const dropped of state.kept.filter((s) => !kept.some((k) => k.id === s.id)))
      await tx.objectStore('imports').delete(dropped.id);
    await tx.objectStore('state').put({ schema: STORE_SCHEMA, active: record.id, kept }, 'water');
    await tx.done;
  } finally {
    db.close();
  }
}

/** Makes a kept import, the illustrative data or the deployment's default the dataset the app serves. */
export async function chooseWater(choice: Choice): Promise<void> {
  const db = await open();
  try {
    const tx = db.transaction('state', 'readwrite');
    const state = checked(await tx.store.get('water')) ?? EMPTY;
    if (choice !== 'default' && choice !== 'illustrative' && !state.kept.some((s) => s.id === choice))
      throw new Error(`no stored import ${choice}`);
    await tx.store.put({ ...state, active: choice }, 'water');
    await tx.done;
  } finally {
    db.close();
  }
}

/** Reads one kept import whole (for a bundle). */
export async function readWaterImport(id: string): Promise<WaterImport | undefined> {
  const db = await open();
  try {
    return checked(await db.get('imports', id));
  } finally {
    db.close();
  }
}
