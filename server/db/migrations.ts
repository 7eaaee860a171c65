import type { Database } from './database';

/**
 * The schema, as forward-only versioned steps run at start (DESIGN §10 "Database"). A step is never edited once it
 * has shipped: change the schema with a new one. Datasets are immutable; `active` points at one per part.
 */
const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'datasets, series, active pointers, users',
    sql: `
      CREATE TABLE datasets (
        id text PRIMARY KEY,
        part text NOT NULL CHECK (part IN ('water', 'sewers')),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        source jsonb NOT NULL,
        -- water: stations, events and the grids' shapes, sewers: period, asOf, towns, villages and progress
        body jsonb NOT NULL,
        -- what the domain module derived when the dataset was made: a read never recomputes it
        figures jsonb NOT NULL
      );
      -- One row per dataset, interval, station and indicator: its values as an array (columnar).
      CREATE TABLE series (
        dataset_id text NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
        interval text NOT NULL CHECK (interval IN ('4h', '1d')),
        station_id text NOT NULL,
        indicator text NOT NULL,
        start_at text NOT NULL,
        "values" float8[] NOT NULL,
        PRIMARY KEY (dataset_id, interval, station_id, indicator)
      );
      CREATE TABLE active (
        part text PRIMARY KEY CHECK (part IN ('water', 'sewers')),
        dataset_id text NOT NULL REFERENCES datasets (id),
        switched_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE users (
        name text PRIMARY KEY,
        role text NOT NULL CHECK (role IN ('editor', 'reader')),
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    version: 2,
    name: 'sessions, sign-in failures, audit log',
    sql: `
      -- A session's id is never stored: its SHA-256 is.
      CREATE TABLE sessions (
        id_hash text PRIMARY KEY,
        user_name text NOT NULL REFERENCES users (name) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used timestamptz NOT NULL DEFAULT now(),
        wall boolean NOT NULL DEFAULT false
      );
      CREATE INDEX sessions_user ON sessions (user_name);
      CREATE TABLE sign_in_failures (
        name text NOT NULL,
        address text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX sign_in_failures_address ON sign_in_failures (address, at);
      CREATE TABLE audit (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        user_name text NOT NULL,
        action text NOT NULL,
        detail jsonb NOT NULL DEFAULT '{}'
      );
    `,
  },
  {
    version: 3,
    name: 'pending imports',
    sql: `
      -- An upload waiting for its editor's confirmation: its files and the choices made in its preview. Dropped
      -- 60 minutes after its last request.
      CREATE TABLE pending_imports (
        id text PRIMARY KEY,
        part text NOT NULL CHECK (part IN ('water', 'sewers')),
        created_by text NOT NULL,
        touched_at timestamptz NOT NULL DEFAULT now(),
        settings jsonb NOT NULL DEFAULT '{}'
      );
      CREATE TABLE pending_files (
        import_id text NOT NULL REFERENCES pending_imports (id) ON DELETE CASCADE,
        position integer NOT NULL,
        name text NOT NULL,
        bytes bytea NOT NULL,
        PRIMARY KEY (import_id, position)
      );
    `,
  },
  {
    version: 4,
    name: 'station-name matches',
    sql: `
      -- A file's station name an editor matched to a known station (滆湖(心) → gh-c), shared by every editor.
      CREATE TABLE station_matches (
        key text PRIMARY KEY,
        station_id text NOT NULL,
        matched_by text NOT NULL,
        matched_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    version: 5,
    name: 'bundles as pending imports',
    sql: `
      ALTER TABLE pending_imports DROP CONSTRAINT pending_imports_part_check;
      ALTER TABLE pending_imports ADD CONSTRAINT pending_imports_part_check CHECK (part IN ('water', 'sewers', 'bundle'))
    `,
  },
];

/** A number every server process agrees on, so that two starting at once migrate one after the other. */
const MIGRATION_LOCK = 7_214_502;

/** Runs the steps not yet applied, each in its own transaction; returns the versions it applied. */
export async function migrate(db: Database): Promise<number[]> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  });
  const applied: number[] = [];
  for (const step of MIGRATIONS) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const rows = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [step.version]);
      if (rows.length) return false;
      for (const statement of step.sql
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean))
        await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [step.version, step.name]);
      return true;
    });
    if (done) applied.push(step.version);
  }
  return applied;
}

export const LATEST_MIGRATION = MIGRATIONS.at(-1)!.version;

/** Whether every step has run: `/readyz` answers 503 until it has. */
export async function migrated(db: Database): Promise<boolean> {
  const rows = await db.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
  return rows[0]?.version === LATEST_MIGRATION;
}
