/**
 * The bureau server on PostgreSQL (DESIGN §10): several processes on one database hear each other's changes through
 * LISTEN/NOTIFY; a database that goes away gives 503 problems, and the server recovers by itself when it is back.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commitParts } from '../../server/datasets-io';
import { addUser } from '../../server/users';
import { waterDatasetFixture } from './fixtures';
import { openChanges } from './http-client';
import { freshPostgres, startTestServer, TEST_DATABASE_URL } from './test-server';

const POSTGRES_SCRIPT = join(import.meta.dirname, '../../.ci/postgres.sh');

const waitFor = async (check: () => Promise<boolean>, timeoutMs: number, what: string) => {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return Date.now() - started;
};

describe.skipIf(!TEST_DATABASE_URL)('two server processes on one PostgreSQL', () => {
  it('a dataset activated through one reaches a stream connected to the other, and its answers', async () => {
    const database = await freshPostgres();
    const a = await startTestServer({ databaseUrl: database.url });
    const b = await startTestServer({ databaseUrl: database.url });
    try {
      const stream = await openChanges(b.url);
      const [first] = await stream.until(2);
      const ids = await commitParts(a.db, { water: waterDatasetFixture('through-a.csv'), sewers: null }, 'test');
      expect(ids.water).not.toBe(first!.datasetId);
      const events = await stream.until(3, 5000);
      expect(events[2]).toEqual({ part: 'water', datasetId: ids.water });
      const meta = (await (await fetch(`${b.url}/api/v1/meta`)).json()) as {
        sources: { waterQuality: { files: { name: string }[] } };
      };
      expect(meta.sources.waterQuality.files[0]!.name).toBe('through-a.csv');
      await stream.close();
    } finally {
      await a.close();
      await b.close();
      await database.drop();
    }
  });
});

describe.skipIf(!TEST_DATABASE_URL)('PostgreSQL going away and coming back', () => {
  // One test after the other: both stop the same cluster.
  // A cluster of its own: stopping the run's shared one would break the tests running beside this one.
  const started = TEST_DATABASE_URL
    ? execFileSync(POSTGRES_SCRIPT, ['start'], { env: { ...process.env, PG_PORT: '55499' } }).toString()
    : '';
  const url = /TEST_DATABASE_URL=(\S+)/.exec(started)?.[1] ?? '';
  const pgdata = /TEST_PGDATA=(\S+)/.exec(started)?.[1] ?? '';
  afterAll(() => {
    if (pgdata) execFileSync(POSTGRES_SCRIPT, ['stop', pgdata]);
  });

  it('answers 503 problems while it is away, then recovers by itself and tells the streams the current ids', async () => {
    const server = await startTestServer({ databaseUrl: url });
    try {
      // Ready first: a stream opened while the server still reads the active datasets gets their ids only once it has
      // (the first read on a fresh cluster can take seconds on a loaded machine).
      await waitFor(async () => (await fetch(`${server.url}/readyz`)).status === 200, 15_000, '/readyz is ready');
      const stream = await openChanges(server.url);
      await stream.until(2);
      execFileSync(POSTGRES_SCRIPT, ['halt', pgdata]);
      await waitFor(async () => (await fetch(`${server.url}/readyz`)).status === 503, 10_000, '/readyz says 503');
      const meta = await fetch(`${server.url}/api/v1/meta`);
      expect(meta.status).toBe(503);
      expect(meta.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(meta.headers.get('retry-after')).toBe('5');
      expect(await meta.json()).toMatchObject({ status: 503, title: 'Service unavailable' });
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

      execFileSync(POSTGRES_SCRIPT, ['resume', pgdata]);
      await waitFor(async () => (await fetch(`${server.url}/readyz`)).status === 200, 15_000, '/readyz is ready');
      expect((await fetch(`${server.url}/api/v1/meta`)).status).toBe(200);
      // Back: both parts' ids again, in case a change was missed meanwhile.
      const events = await stream.until(4, 5000);
      expect(events.slice(2).map((e) => e.part)).toEqual(['water', 'sewers']);
      await stream.close();
    } finally {
      await server.close();
    }
  });

  it('stopped during a write: a clear 503, nothing half-written, and writes work again on its return', async () => {
    const server = await startTestServer({ databaseUrl: url, env: { FAULT_COMMIT_DELAY_MS: '1500' } });
    try {
      await addUser(server.db, 'ed', 'editor', 'a password long enough');
      const signIn = await fetch(`${server.url}/api/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-requested-with': 'gehu', origin: server.url },
        body: JSON.stringify({ name: 'ed', password: 'a password long enough' }),
      });
      const headers = {
        'content-type': 'application/json',
        cookie: signIn.headers.get('set-cookie')!.split(';')[0]!,
        'x-requested-with': 'gehu',
        origin: server.url,
      };
      const datasets = async () =>
        (await (await fetch(`${server.url}/api/v1/datasets`)).json()) as {
          id: string;
          part: string;
          active: boolean;
        }[];
      const before = await datasets();
      const water = before.find((d) => d.part === 'water' && d.active)!.id;
      const { events } = (await (await fetch(`${server.url}/api/v1/water-transfer/events`)).json()) as {
        events: unknown[];
      };
      const edit = () =>
        fetch(`${server.url}/api/v1/water-transfer/events`, {
          method: 'PUT',
          headers,
          body: JSON.stringify({ basedOn: water, events }),
        });
      const during = edit();
      // Inside the commit's wait: the transaction's connection goes with the database.
      await new Promise((r) => setTimeout(r, 700));
      execFileSync(POSTGRES_SCRIPT, ['halt', pgdata]);
      const answer = await during;
      expect(answer.status).toBe(503);
      expect(((await answer.json()) as { detail: string }).detail).toMatch(/nothing was changed/);

      execFileSync(POSTGRES_SCRIPT, ['resume', pgdata]);
      await waitFor(async () => (await fetch(`${server.url}/readyz`)).status === 200, 15_000, '/readyz is ready');
      expect(await datasets()).toEqual(before);
      expect((await edit()).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
