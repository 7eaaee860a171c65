import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openPglite } from '../../server/db/database';
import { prepareDatabase } from '../../server/server';

/** Where the run's PGlite folder is made once (initdb, migrations, the illustrative data); each test copies it. */
export const PGLITE_TEMPLATE = join(import.meta.dirname, '../../test-results/pglite-template');

/** Vitest's global setup of the server tests: initdb takes seconds, a copy of its folder a few milliseconds. */
export default async function setup() {
  rmSync(PGLITE_TEMPLATE, { recursive: true, force: true });
  const db = await openPglite(join(PGLITE_TEMPLATE, 'pglite'));
  await prepareDatabase(db);
  await db.close();
}
