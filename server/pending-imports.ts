import { randomUUID } from 'node:crypto';
import type { TransferEventRecord } from '../src/domain/dataset';
import type { Encoding } from '../src/import/decode';
import type { ImportFile } from '../src/import/preview';
import type { FileOptions } from '../src/import/read-file';
import type { TownChoice } from '../src/import/sewers-import';
import type { Kept, StationChoice } from '../src/import/water-import';
import type { Part } from '../src/domain/dataset';
import type { Queryable } from './db/database';

/** A pending import is dropped this long after its last request (DESIGN §10 "Imports through the server"). */
export const PENDING_MS = 60 * 60_000;

/**
 * The editor's choices in the preview (`PATCH /imports/{id}`, pinned): per-file arrays are indexed by the files'
 * upload positions; `order` lists those positions in the order they merge.
 */
export interface ImportSettings {
  order?: number[];
  years?: (number | null)[];
  encodings?: (Encoding | null)[];
  sheet?: (string | null)[];
  mapping?: (Partial<Record<string, number>> | null)[];
  stations?: StationChoice[];
  headline?: string;
  keep?: Kept;
  events?: TransferEventRecord[];
  towns?: TownChoice[];
}

/** What a pending import will replace: one part, or what a dataset bundle carries. */
export type PendingPart = Part | 'bundle';

export interface Pending {
  id: string;
  part: PendingPart;
  createdBy: string;
  files: ImportFile[];
  settings: ImportSettings;
}

export async function dropExpired(db: Queryable): Promise<void> {
  await db.query('DELETE FROM pending_imports WHERE touched_at < $1', [new Date(Date.now() - PENDING_MS)]);
}

export async function createPending(
  db: Queryable,
  { part, createdBy, files, settings }: Omit<Pending, 'id'>,
): Promise<string> {
  const id = `import-${randomUUID()}`;
  await db.query('INSERT INTO pending_imports (id, part, created_by, settings) VALUES ($1, $2, $3, $4)', [
    id,
    part,
    createdBy,
    settings,
  ]);
  for (const [position, file] of files.entries())
    await db.query('INSERT INTO pending_files (import_id, position, name, bytes) VALUES ($1, $2, $3, $4)', [
      id,
      position,
      file.name,
      file.bytes,
    ]);
  return id;
}

/** The pending import, touched (its 60 minutes start again), or null when there is none (or it expired). */
export async function readPending(db: Queryable, id: string): Promise<Pending | null> {
  const [row] = await db.query<{ part: PendingPart; created_by: string; settings: ImportSettings }>(
    'UPDATE pending_imports SET touched_at = now() WHERE id = $1 AND touched_at >= $2 RETURNING part, created_by, settings',
    [id, new Date(Date.now() - PENDING_MS)],
  );
  if (!row) return null;
  const files = await db.query<{ name: string; bytes: Uint8Array }>(
    'SELECT name, bytes FROM pending_files WHERE import_id = $1 ORDER BY position',
    [id],
  );
  return {
    id,
    part: row.part,
    createdBy: row.created_by,
    settings: row.settings,
    files: files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })),
  };
}

export async function saveSettings(db: Queryable, id: string, settings: ImportSettings): Promise<void> {
  await db.query('UPDATE pending_imports SET settings = $2, touched_at = now() WHERE id = $1', [id, settings]);
}

export async function dropPending(db: Queryable, id: string): Promise<boolean> {
  return (await db.query('DELETE FROM pending_imports WHERE id = $1 RETURNING id', [id])).length > 0;
}

/** The files in merge order with the options the editor chose for each. */
export function filesInOrder(pending: Pending): { files: ImportFile[]; options: FileOptions[] } {
  const { settings } = pending;
  const order = settings.order ?? pending.files.map((_, i) => i);
  const optionsOf = (i: number): FileOptions => ({
    firstYear: settings.years?.[i] ?? undefined,
    encoding: settings.encodings?.[i] ?? undefined,
    sheet: settings.sheet?.[i] ?? undefined,
    mapping: settings.mapping?.[i] ?? undefined,
  });
  return { files: order.map((i) => pending.files[i]!), options: order.map(optionsOf) };
}

/** The station matches editors made before: station key → known station id. */
export async function rememberedMatches(db: Queryable): Promise<Record<string, string>> {
  const rows = await db.query<{ key: string; station_id: string }>('SELECT key, station_id FROM station_matches');
  return Object.fromEntries(rows.map((r) => [r.key, r.station_id]));
}

/** Keeps the matches of a confirmed import: each file name the editor matched to a known station. */
export async function rememberMatches(
  db: Queryable,
  choices: readonly StationChoice[],
  knownIds: ReadonlySet<string>,
  by: string,
): Promise<void> {
  for (const c of choices.filter((choice) => choice.matchedByUser && knownIds.has(choice.id)))
    await db.query(
      `INSERT INTO station_matches (key, station_id, matched_by) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE SET station_id = excluded.station_id, matched_by = excluded.matched_by, matched_at = now()`,
      [c.key, c.id, by],
    );
}
