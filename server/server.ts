import { join } from 'node:path';
import { networkInterfaces } from 'node:os';
import type { FastifyInstance } from 'fastify';
import type { ServerConfig } from './config';
import { CHANGES_CHANNEL, type Notice } from './db/datasets';
import { openPglite, openPostgres, type Database } from './db/database';
import { ensureIllustrative } from './db/illustrative';
import { migrate } from './db/migrations';
import { buildApp } from './http/app';
import { ChangeStreams } from './http/changes';
import { loadDist } from './http/static-files';
import { takeLock, writeAdminToken } from './lock';
import { ServedData } from './served';

export interface RunningServer {
  app: FastifyInstance;
  db: Database;
  port: number;
  /** `http://127.0.0.1:PORT` */
  url: string;
  close: () => Promise<void>;
}

/** Opens the database the configuration names: PostgreSQL with `DATABASE_URL`, else PGlite in `DATA_DIR/pglite`. */
export async function openDatabase(config: ServerConfig): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(join(config.dataDir, 'pglite'));
}

/** Migrations, then the illustrative data where the database has none: what every start and every terminal command runs first. */
export async function prepareDatabase(db: Database): Promise<void> {
  await migrate(db);
  await ensureIllustrative(db);
}

/**
 * Starts the bureau server (DESIGN §10): takes the data folder's lock (PGlite), migrates, loads the active datasets,
 * follows their changes, and serves the API and the built app.
 */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const lock = config.databaseUrl ? null : takeLock(config.dataDir, { host: config.host, port: config.port });
  let db: Database | null = null;
  try {
    db = await openDatabase(config);
    await prepareDatabase(db);
    const served = new ServedData(db);
    await served.refresh();
    const streams = new ChangeStreams();
    let listening = false;
    const database = db;
    const app = await buildApp({
      config,
      db,
      served,
      streams,
      dist: await loadDist(config.distDir),
      isReady: () => listening,
      adminToken: lock ? writeAdminToken(config.dataDir) : null,
    });
    await db.listen(
      CHANGES_CHANNEL,
      (payload) => {
        const notice = JSON.parse(payload) as Notice;
        void served.refresh().then(
          () => streams.send(notice),
          (error: unknown) => app.log.error({ err: error }, 'could not load the newly active dataset'),
        );
      },
      (up) => {
        if (!up) {
          listening = false;
          app.log.warn('the database connection is lost: the API answers 503 until it is back');
          return;
        }
        // Back (or first up): changes may have been missed meanwhile. Re-read the pointers, then tell every stream.
        void served.refresh().then(
          (ids) => {
            if (!listening) app.log.info('the database answers');
            listening = true;
            streams.sendAll(ids);
          },
          (error: unknown) => app.log.error({ err: error }, 'could not re-read the active datasets'),
        );
      },
    );
    await app.listen({ host: config.host, port: config.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    lock?.update(port);
    return {
      app,
      db,
      port,
      url: `http://127.0.0.1:${port}`,
      async close() {
        streams.close();
        await app.close();
        await database.close();
        lock?.release();
      },
    };
  } catch (error) {
    await db?.close().catch(() => undefined);
    lock?.release();
    throw error;
  }
}

/** The addresses to print: loopback and one per non-internal IPv4 interface. */
export function addresses(port: number, host: string): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [`http://${host}:${port}`];
  const external = Object.values(networkInterfaces())
    .flat()
    .filter((i) => i && i.family === 'IPv4' && !i.internal)
    .map((i) => `http://${i!.address}:${port}`);
  return [`http://127.0.0.1:${port}`, ...external];
}
