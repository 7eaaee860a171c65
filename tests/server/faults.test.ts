/**
 * No fault loses data (DESIGN §10 "Health and operations"; issue: faults, each a test): a full disk at the commit, a
 * `kill -9` in the middle of it, on PGlite and on PostgreSQL. Afterwards the previous active dataset is active and
 * whole: every answer byte for byte what it was.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, openPostgres } from '../../server/db/database';
import { prepareDatabase } from '../../server/server';
import { addUser } from '../../server/users';
import { PGLITE_TEMPLATE } from './pglite-template';
import { DATABASES, freshPostgres, serverOn, type TestServer } from './test-server';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURE = readFileSync(join(ROOT, 'tests/fixtures/import/release-table-utf8.csv'));
const PASSWORD = 'a password long enough';
const READS = ['/meta', '/water-quality/summary', '/water-quality/series?interval=1d', '/water-transfer/events'];

/** Every read the screens open with, as text: what "whole" is compared on. */
const snapshot = async (url: string) =>
  Promise.all(READS.map(async (path) => (await fetch(`${url}/api/v1${path}`)).text()));

async function editorCookie(url: string) {
  const response = await fetch(`${url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'gehu', origin: url },
    body: JSON.stringify({ name: 'ed', password: PASSWORD }),
  });
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

const activeWater = (datasets: string) =>
  (JSON.parse(datasets) as { id: string; part: string; active: boolean }[]).find((d) => d.part === 'water' && d.active)!
    .id;

describe.each(DATABASES)('a full disk at the commit, on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await serverOn(kind, { FAULT_ENOSPC: '1' });
    await addUser(server.db, 'ed', 'editor', PASSWORD);
  });
  afterAll(() => server.close());

  it('an event edit and a terminal import fail with a message; the active data and the datasets are as they were', async () => {
    const before = await snapshot(server.url);
    const datasets = await (await fetch(`${server.url}/api/v1/datasets`)).text();
    const cookie = await editorCookie(server.url);
    const water = activeWater(datasets);
    const { events } = JSON.parse(before[3]!) as { events: unknown[] };
    const edit = await fetch(`${server.url}/api/v1/water-transfer/events`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie, 'x-requested-with': 'gehu', origin: server.url },
      body: JSON.stringify({ basedOn: water, events }),
    });
    expect(edit.status).toBe(507);
    expect(await edit.json()).toMatchObject({ detail: 'the server’s disk is full: nothing was changed' });

    if (kind === 'pglite') {
      const token = readFileSync(join(server.config.dataDir, 'admin.token'), 'utf8');
      const imported = await fetch(`${server.url}/api/v1/admin/import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ files: [{ name: 'f.csv', base64: FIXTURE.toString('base64') }], year: 2023 }),
      });
      expect(imported.status).toBe(507);
    }
    expect(await snapshot(server.url)).toEqual(before);
    expect(await (await fetch(`${server.url}/api/v1/datasets`)).text()).toBe(datasets);
  });
});

/** `npm run serve` in a process of its own, killable with SIGKILL; resolves once it is ready. */
async function serveProcess(env: Record<string, string>) {
  // Node itself with tsx's loader, not the tsx wrapper: SIGKILL must reach the server, not a parent that dies alone.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${env.PORT}`;
  for (const started = Date.now(); ; await new Promise((r) => setTimeout(r, 100))) {
    if (child.exitCode !== null) throw new Error(`the server exited: ${stderr}`);
    if (Date.now() - started > 60_000) throw new Error('the server did not start');
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
  }
  return { child, url, stderr: () => stderr };
}

describe.each(DATABASES)('kill -9 during the commit, on %s', (kind) => {
  it(
    'after a restart the previous dataset is active and whole, and nothing of the edit remains',
    { timeout: 90_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'gehu-kill-'));
      const database = kind === 'postgres' ? await freshPostgres() : null;
      if (!database) cpSync(PGLITE_TEMPLATE, join(dir, 'var'), { recursive: true });
      const env = {
        PORT: String(4300 + Math.floor(Math.random() * 500)),
        DATA_DIR: join(dir, 'var'),
        DIST_DIR: join(ROOT, 'tests/server/dist-stub'),
        ...(database ? { DATABASE_URL: database.url } : {}),
      };
      // The editor, added on the folder or database before the server holds it.
      const db = database ? await openPostgres(database.url) : await openPglite(join(env.DATA_DIR, 'pglite'));
      await prepareDatabase(db);
      await addUser(db, 'ed', 'editor', PASSWORD);
      await db.close();
      try {
        const first = await serveProcess({ ...env, FAULT_COMMIT_DELAY_MS: '60000' });
        const before = await snapshot(first.url);
        const datasets = await (await fetch(`${first.url}/api/v1/datasets`)).text();
        const cookie = await editorCookie(first.url);
        const water = activeWater(datasets);
        const { events } = JSON.parse(before[3]!) as { events: unknown[] };
        void fetch(`${first.url}/api/v1/water-transfer/events`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', cookie, 'x-requested-with': 'gehu', origin: first.url },
          body: JSON.stringify({ basedOn: water, events }),
        }).catch(() => undefined);
        for (const started = Date.now(); !first.stderr().includes('fault: holding the commit open');) {
          if (Date.now() - started > 30_000) throw new Error(`the commit never began: ${first.stderr()}`);
          await new Promise((r) => setTimeout(r, 50));
        }
        first.child.kill('SIGKILL');
        await new Promise((r) => first.child.once('exit', r));

        const second = await serveProcess(env);
        try {
          expect(await snapshot(second.url)).toEqual(before);
          expect(await (await fetch(`${second.url}/api/v1/datasets`)).text()).toBe(datasets);
        } finally {
          second.child.kill('SIGTERM');
          await new Promise((r) => second.child.once('exit', r));
        }
      } finally {
        await database?.drop();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
