import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `DATA_DIR/server.lock`: PGlite takes no lock of its own, and two processes on one folder corrupt it (DESIGN §10).
 * The holder writes its process id, address and start time; a lock whose process is gone is taken over.
 */
export interface LockInfo {
  pid: number;
  host: string;
  port: number;
  startedAt: string;
}

export class LockedError extends Error {
  constructor(readonly holder: LockInfo) {
    super(`${holder.pid} holds the data folder (started ${holder.startedAt}, port ${holder.port})`);
  }
}

const lockPath = (dataDir: string) => join(dataDir, 'server.lock');
const tokenPath = (dataDir: string) => join(dataDir, 'admin.token');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live holder of the folder's lock, or null when there is none (no file, or its process is gone). */
export function lockHolder(dataDir: string): LockInfo | null {
  let info: LockInfo;
  try {
    info = JSON.parse(readFileSync(lockPath(dataDir), 'utf8')) as LockInfo;
  } catch {
    return null;
  }
  return Number.isInteger(info.pid) && alive(info.pid) ? info : null;
}

/** Takes the folder's lock for this process; throws `LockedError` when a live process holds it. Returns its release. */
export function takeLock(
  dataDir: string,
  info: Omit<LockInfo, 'pid' | 'startedAt'>,
): { update: (port: number) => void; release: () => void } {
  mkdirSync(dataDir, { recursive: true });
  const write = (port: number, flag: 'wx' | 'w') =>
    writeFileSync(
      lockPath(dataDir),
      JSON.stringify({
        pid: process.pid,
        host: info.host,
        port,
        startedAt: new Date().toISOString(),
      } satisfies LockInfo),
      { flag, mode: 0o644 },
    );
  try {
    write(info.port, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = lockHolder(dataDir);
    if (holder) throw new LockedError(holder);
    // The holder is gone (a crash, a kill -9): take the lock over.
    write(info.port, 'w');
  }
  return {
    update: (port) => write(port, 'w'),
    release: () => {
      const holder = (() => {
        try {
          return JSON.parse(readFileSync(lockPath(dataDir), 'utf8')) as LockInfo;
        } catch {
          return null;
        }
      })();
      if (holder?.pid === process.pid) rmSync(lockPath(dataDir), { force: true });
    },
  };
}

/** A new admin token for this run of the server, readable by its user only. */
export function writeAdminToken(dataDir: string): string {
  const token = randomBytes(32).toString('base64url');
  rmSync(tokenPath(dataDir), { force: true });
  writeFileSync(tokenPath(dataDir), token, { mode: 0o600, flag: 'wx' });
  return token;
}

export const readAdminToken = (dataDir: string) => readFileSync(tokenPath(dataDir), 'utf8').trim();
