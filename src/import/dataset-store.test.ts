import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { WaterDataset } from '../domain/dataset';
import {
  choose,
  readActive,
  readState,
  saveImport,
  STORE_SCHEMA,
  StoreVersionError,
  type WaterImport,
} from './dataset-store';

const record = (id: string): WaterImport => ({
  schema: STORE_SCHEMA,
  part: 'water',
  id,
  createdAt: '2026-11-30T10:00:00+08:00',
  dataset: {
    source: { kind: 'import', files: [{ name: `${id}.csv`, importedAt: '2026-11-30T10:00:00+08:00', rows: 1 }] },
    stations: [],
    readings: { start: '2023-10-10T00:00:00+08:00', stepMinutes: 240, slots: 1, values: {} },
    events: [],
  } satisfies WaterDataset,
  derived: { asOf: '2023-10-10T00:00:00+08:00', from: '2023-10-10T00:00:00+08:00', cadences: {}, summaries: [] },
});

// A fresh, empty IndexedDB for every test.
beforeEach(() => {
  indexedDB = new IDBFactory();
});

describe('the import store', () => {
  it('starts on the deployment’s default and makes a saved import active', async () => {
    expect(await readActive('water')).toBe('default');
    await saveImport(record('a'));
    expect(((await readActive('water')) as WaterImport).id).toBe('a');
    expect((await readState('water')).kept.map((k) => k.id)).toEqual(['a']);
  });

  it('keeps the two newest imports, switches between them and the illustrative data without deleting any', async () => {
    for (const id of ['a', 'b', 'c']) await saveImport(record(id));
    expect((await readState('water')).kept.map((k) => [k.id, k.source.files[0]!.name])).toEqual([
      ['c', 'c.csv'],
      ['b', 'b.csv'],
    ]);
    await choose('water', 'illustrative');
    expect(await readActive('water')).toBe('illustrative');
    await choose('water', 'b');
    expect(((await readActive('water')) as WaterImport).id).toBe('b');
    await expect(choose('water', 'a')).rejects.toThrow(/no stored import a/);
    expect((await readState('water')).kept).toHaveLength(2);
  });

  it('leaves the previous state whole when a write fails', async () => {
    await saveImport(record('a'));
    // Not clonable: the put throws inside the transaction, which aborts with nothing written.
    const broken = { ...record('b'), derived: { asOf: '', summaries: [() => 0] } } as unknown as WaterImport;
    await expect(saveImport(broken)).rejects.toThrow();
    expect(((await readActive('water')) as WaterImport).id).toBe('a');
    expect((await readState('water')).kept.map((k) => k.id)).toEqual(['a']);
  });

  it('refuses a record of another version instead of half-reading it', async () => {
    await saveImport(record('a'));
    const db = await openDB('gehu-water-dashboard', 1);
    await db.put('imports', { ...record('a'), schema: 99 });
    db.close();
    await expect(readActive('water')).rejects.toThrow(StoreVersionError);
    await expect(readActive('water')).rejects.toThrow('stored data of version 99; this app reads version 2');
  });

  it('reads a version-1 import with its figures derived again by today’s rules', async () => {
    await saveImport(record('a'));
    const db = await openDB('gehu-water-dashboard', 1);
    const old = { ...record('a'), schema: 1, derived: { asOf: '2023-10-10T00:00:00+08:00', summaries: [] } };
    await db.put('imports', old);
    await db.put('state', { ...(await db.get('state', 'water')), schema: 1 }, 'water');
    db.close();
    const read = (await readActive('water')) as WaterImport;
    expect(read.schema).toBe(2);
    // An empty grid: its first and last slot are the grid's start, and no station has a cadence.
    expect(read.derived).toEqual({
      asOf: '2023-10-10T00:00:00+08:00',
      from: '2023-10-10T00:00:00+08:00',
      cadences: {},
      summaries: [],
    });
  });
});
