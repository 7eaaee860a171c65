import { resolve } from 'node:path';

/** The server's settings, from the environment (DESIGN §10 "Pinned for the server"). */
export interface ServerConfig {
  host: string;
  port: number;
  /** PGlite's folder, the lock and the admin token. */
  dataDir: string;
  /** PostgreSQL's connection string; PGlite in `dataDir` when null. */
  databaseUrl: string | null;
  /** The origins the page is served from (for writes' `Origin` check); the request's own when empty. */
  publicOrigins: string[];
  trustProxy: boolean;
  readAccess: 'open' | 'sign-in';
  allowHttpSignIn: boolean;
  /** The built app. */
  distDir: string;
  /** pino's level: info by default (one line per request). */
  logLevel: string;
  /** `FAULT_ENOSPC=1`: a commit fails as on a full disk (tests only). */
  faultEnospc: boolean;
  /** `FAULT_COMMIT_DELAY_MS`: a commit waits this long inside its transaction, so that a test can kill it there. */
  faultCommitDelayMs: number;
}

export class ConfigError extends Error {}

const flag = (value: string | undefined) => value === '1' || value === 'true';

export function readConfig(env: NodeJS.ProcessEnv, root: string): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new ConfigError(`PORT must be 0–65535, not '${env.PORT}'`);
  const readAccess = env.READ_ACCESS ?? 'open';
  if (readAccess !== 'open' && readAccess !== 'sign-in')
    throw new ConfigError(`READ_ACCESS must be 'open' or 'sign-in', not '${readAccess}'`);
  const publicOrigins = (env.PUBLIC_URL ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((url) => {
      try {
        return new URL(url).origin;
      } catch {
        throw new ConfigError(`PUBLIC_URL holds '${url}', which is not a URL`);
      }
    });
  return {
    host: env.HOST ?? '0.0.0.0',
    port,
    dataDir: resolve(root, env.DATA_DIR ?? 'var'),
    databaseUrl: env.DATABASE_URL || null,
    publicOrigins,
    trustProxy: flag(env.TRUST_PROXY),
    readAccess,
    allowHttpSignIn: flag(env.ALLOW_HTTP_SIGN_IN),
    distDir: resolve(root, env.DIST_DIR ?? 'dist'),
    logLevel: env.LOG_LEVEL ?? 'info',
    faultEnospc: flag(env.FAULT_ENOSPC),
    faultCommitDelayMs: Number(env.FAULT_COMMIT_DELAY_MS ?? 0),
  };
}
