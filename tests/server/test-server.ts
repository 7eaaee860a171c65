import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { readConfig, type ServerConfig } from '../../server/config';
import { startServer, type RunningServer } from '../../server/server';
import { PGLITE_TEMPLATE } from './pglite-template';

/** PostgreSQL for the tests, when the run has one (`.ci/run` starts it): a connection string with the right to create databases. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? null;

/** A `dist/` of the server tests' own: the page's CSP meta as `vite build` writes it, and one hashed asset. */
export function fakeDist(dir: string): string {
  const dist = join(dir, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(
    join(dist, 'index.html'),
    `<!doctype html>\n<html lang="zh-CN">\n  <head>\n    <meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;">\n    <title>test</title>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n`,
  );
  writeFileSync(join(dist, 'assets', 'app-abc123.js'), `export const app = ${JSON.stringify('x'.repeat(4000))};\n`);
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dist;
}

/** A fresh PostgreSQL database of its own for one test file; dropped by the returned function. */
export async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
  const name = `gehu_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export interface TestServer extends RunningServer {
  config: ServerConfig;
  dir: string;
  /** Stops the server and keeps its folder (for what a command does while it is stopped); `close` then removes it. */
  stopOnly: () => Promise<void>;
}

/**
 * The bureau server in this process on 127.0.0.1 and a free port: PGlite on a copy of the run's template folder, or
 * PostgreSQL at `databaseUrl`. `close` stops it and removes its folder.
 */
export async function startTestServer(
  options: { databaseUrl?: string; env?: Record<string, string> } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'gehu-server-'));
  if (!options.databaseUrl) cpSync(PGLITE_TEMPLATE, join(dir, 'var'), { recursive: true });
  const config = readConfig(
    {
      HOST: '127.0.0.1',
      PORT: '0',
      DATA_DIR: join(dir, 'var'),
      DIST_DIR: fakeDist(dir),
      LOG_LEVEL: 'warn',
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
      ...options.env,
    },
    dir,
  );
  const server = await startServer(config);
  let stopped: Promise<void> | null = null;
  const stopOnly = () => (stopped ??= server.close());
  return {
    ...server,
    config,
    dir,
    stopOnly,
    async close() {
      await stopOnly();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The hosts the server tests run on: PGlite always, PostgreSQL when the run has one. */
export const DATABASES = TEST_DATABASE_URL ? (['pglite', 'postgres'] as const) : (['pglite'] as const);

/**
 * A server on `kind`, for a test file's `beforeAll`; with PostgreSQL on a database of its own, dropped on close.
 * A run that must test PostgreSQL (`REQUIRE_POSTGRES=1`, as `.ci/run` sets) fails when it has none.
 */
export async function serverOn(kind: 'pglite' | 'postgres', env: Record<string, string> = {}): Promise<TestServer> {
  if (kind === 'pglite') return startTestServer({ env });
  const database = await freshPostgres();
  const server = await startTestServer({ databaseUrl: database.url, env });
  return {
    ...server,
    async close() {
      await server.close();
      await database.drop();
    },
  };
}

if (process.env.REQUIRE_POSTGRES === '1' && !TEST_DATABASE_URL)
  throw new Error('REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set: the PostgreSQL tests would be skipped');
