import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { WaterDataset } from '../domain/dataset';
import {
  chooseWater,
  readActiveWater,
  readWaterState,
  saveWaterImport,
  STORE_SCHEMA,
  StoreVersionError,
  type WaterImport,
} from './dataset-store';

const record = (id: string): WaterImport => ({
  schema: STORE_SCHEMA,
  id,
  createdAt: '2026-11-30T10:00:00+08:00',
  dataset: {
    source: { kind: 'import', files: [{ name: `${id}.csv`, importedAt: '2026-11-30T10:00:00+08:00', rows: 1 }] },
    stations: [],
    readings: { start: '2023-10-10T00:00:00+08:00', stepMinutes: 240, slots: 1, values: {} },
    events: [],
  } satisfies WaterDataset,
  derived: { asOf: '2023-10-10T00:00:00+08:00', summaries: [] },
});

// A fresh, empty IndexedDB for every test.
beforeEach(() => {
  indexedDB = new IDBFactory();
});

describe('the import store', () => {
  it('starts on the deployment’s default and makes a saved import active', async () => {
    expect(await readActiveWater()).toBe('default');
    await saveWaterImport(record('a'));
    expect(((await readActiveWater()) as WaterImport).id).toBe('a');
    expect((await readWaterState()).kept.map((k) => k.id)).toEqual(['a']);
  });

  it('keeps the two newest imports, switches between them and the illustrative data without deleting any', async () => {
    for (const id of ['a', 'b', 'c']) await saveWaterImport(record(id));
    expect((await readWaterState()).kept.map((k) => [k.id, k.source.files[0]!.name])).toEqual([
      ['c', 'c.csv'],
      ['b', 'b.csv'],
    ]);
    await chooseWater('illustrative');
    expect(await readActiveWater()).toBe('illustrative');
    await chooseWater('b');
    expect(((await readActiveWater()) as WaterImport).id).toBe('b');
    await expect(chooseWater('a')).rejects.toThrow(/no stored import a/);
    expect((await readWaterState()).kept).toHaveLength(2);
  });

  it('leaves the previous state whole when a write fails', async () => {
    await saveWaterImport(record('a'));
    // Not clonable: the put throws inside the transaction, which aborts with nothing written.
    const broken = { ...record('b'), derived: { asOf: '', summaries: [() => 0] } } as unknown as WaterImport;
    await expect(saveWaterImport(broken)).rejects.toThrow();
    expect(((await readActiveWater()) as WaterImport).id).toBe('a');
    expect((await readWaterState()).kept.map((k) => k.id)).toEqual(['a']);
  });

  it('refuses a record of another version instead of half-reading it', async () => {
    await saveWaterImport(record('a'));
    const db = await openDB('gehu-water-dashboard', 1);
    await db.put('imports', { ...record('a'), schema: 99 });
    db.close();
    await expect(readActiveWater()).rejects.toThrow(StoreVersionError);
    await expect(readActiveWater()).rejects.toThrow('stored data of version 99; this app reads version 1');
  });
});
