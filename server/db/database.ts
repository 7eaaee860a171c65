import { mkdirSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import type { Pool, PoolClient } from 'pg';

/**
 * The one database interface the server uses: embedded PGlite or PostgreSQL, the same SQL (DESIGN §10 "Database").
 * Every query is parameterised: values never become SQL text.
 */
export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
}

export interface Database extends Queryable {
  kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: all of it is committed, or none of it. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Calls `onNotice` with each payload sent on `channel`, and `onState` when the listening connection is lost
   * (false) or back (true, after which notices may have been missed: re-read what they announce).
   */
  listen(channel: string, onNotice: (payload: string) => void, onState: (up: boolean) => void): Promise<void>;
  close(): Promise<void>;
}

export async function openPglite(dir: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  mkdirSync(dir, { recursive: true });
  const db: PGlite = await PGlite.create(dir);
  const queryable = (q: Pick<PGlite, 'query'>): Queryable => ({
    query: async <R>(sql: string, params: unknown[] = []) => (await q.query<R>(sql, params)).rows,
  });
  return {
    kind: 'pglite',
    ...queryable(db),
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    async listen(channel, onNotice, onState) {
      await db.listen(channel, onNotice);
      onState(true);
    },
    close: () => db.close(),
  };
}

const RECONNECT_MS = [250, 500, 1000, 2000, 5000];

export async function openPostgres(url: string): Promise<Database> {
  const { default: pg } = await import('pg');
  const pool: Pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client that loses its connection emits here; without a listener the process would exit.
  pool.on('error', () => undefined);
  let closed = false;
  let listener: InstanceType<typeof pg.Client> | null = null;
  const queryable = (q: Pool | PoolClient): Queryable => ({
    query: async <R>(sql: string, params: unknown[] = []) => (await q.query(sql, params)).rows as R[],
  });
  return {
    kind: 'postgres',
    ...queryable(pool),
    async transaction(work) {
      const client = await pool.connect();
      // A connection cut while checked out emits here as well as failing the query: without a listener the process
      // would exit. The query's own error is what the request answers.
      const onError = () => undefined;
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const result = await work(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.off('error', onError);
        client.release();
      }
    },
    async listen(channel, onNotice, onState) {
      // One connection of its own, kept open: LISTEN belongs to a session. When it drops, it is opened again.
      const connect = async (attempt: number): Promise<void> => {
        if (closed) return;
        const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
        client.on('notification', (message) => message.payload !== undefined && onNotice(message.payload));
        let lost = false;
        const onLost = () => {
          if (lost || closed) return;
          lost = true;
          listener = null;
          onState(false);
          void client.end().catch(() => undefined);
          setTimeout(() => void connect(0), RECONNECT_MS[0]);
        };
        client.on('error', onLost);
        client.on('end', onLost);
        try {
          await client.connect();
          await client.query(`LISTEN ${channel}`);
          listener = client;
          onState(true);
        } catch {
          lost = true;
          void client.end().catch(() => undefined);
          if (attempt === 0) onState(false);
          const wait = RECONNECT_MS[Math.min(attempt, RECONNECT_MS.length - 1)]!;
          setTimeout(() => void connect(attempt + 1), wait);
        }
      };
      if (!/^[a-z_]+$/.test(channel)) throw new Error(`bad channel name ${channel}`);
      await connect(0);
    },
    async close() {
      closed = true;
      await listener?.end().catch(() => undefined);
      await pool.end();
    },
  };
}
