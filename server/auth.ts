import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from './db/database';
import { verifyPassword, type Role } from './users';

/** DESIGN §10 "Who may write": sessions and the limits on failed sign-ins. */
export const SESSION_COOKIE = 'gehu_session';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A desk's session ends 12 hours after its last use, and 30 days after it began whatever its use. */
export const IDLE_MS = 12 * HOUR;
export const MAX_AGE_MS = 30 * DAY;
/** A wall (`?wall=1`) keeps its session 30 days after its last use. */
export const WALL_IDLE_MS = 30 * DAY;
/** Failed sign-ins: 5 per name and address, 30 per address, in 15 minutes. Never a name locked for everyone. */
export const LIMIT_WINDOW_MS = 15 * 60_000;
export const LIMIT_PER_NAME_AND_ADDRESS = 5;
export const LIMIT_PER_ADDRESS = 30;
/** `last_used` is written at most this often: not a write per request. */
const TOUCH_MS = 60_000;

export interface Session {
  name: string;
  role: Role;
  idHash: string;
  wall: boolean;
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

export type SignIn = { ok: true; token: string; wall: boolean } | { ok: false; retryAfterS: number | null };

/**
 * Checks a name and password from a client address. Over a limit, answers at once (no scrypt: a flood from one
 * address costs nothing more); a wrong name costs the same work as a wrong password (no user enumeration).
 */
export async function signIn(
  db: Queryable,
  { name, password, address, wall }: { name: string; password: string; address: string; wall: boolean },
): Promise<SignIn> {
  const since = new Date(Date.now() - LIMIT_WINDOW_MS);
  await db.query('DELETE FROM sign_in_failures WHERE at < $1', [since]);
  const [counts] = await db.query<{
    by_address: string;
    by_pair: string;
    oldest_address: Date | string | null;
    oldest_pair: Date | string | null;
  }>(
    `SELECT count(*) AS by_address, count(*) FILTER (WHERE name = $2) AS by_pair,
            min(at) AS oldest_address, min(at) FILTER (WHERE name = $2) AS oldest_pair
     FROM sign_in_failures WHERE address = $1 AND at >= $3`,
    [address, name, since],
  );
  const over =
    Number(counts?.by_address ?? 0) >= LIMIT_PER_ADDRESS
      ? counts?.oldest_address
      : Number(counts?.by_pair ?? 0) >= LIMIT_PER_NAME_AND_ADDRESS
        ? counts?.oldest_pair
        : undefined;
  if (over !== undefined) {
    // Until the oldest failure counted leaves the window.
    const oldest = over ? new Date(over).getTime() : Date.now();
    return { ok: false, retryAfterS: Math.max(1, Math.ceil((oldest + LIMIT_WINDOW_MS - Date.now()) / 1000)) };
  }
  const [user] = await db.query<{ password_hash: string; role: Role }>(
    'SELECT password_hash, role FROM users WHERE name = $1',
    [name],
  );
  const valid = await verifyPassword(password, user?.password_hash ?? null);
  if (!valid || !user) {
    await db.query('INSERT INTO sign_in_failures (name, address) VALUES ($1, $2)', [name, address]);
    return { ok: false, retryAfterS: null };
  }
  const token = randomBytes(32).toString('base64url');
  // Only the reader's wall keeps a long session: an editor's desk session stays a desk's.
  const long = wall && user.role === 'reader';
  await db.query('INSERT INTO sessions (id_hash, user_name, wall) VALUES ($1, $2, $3)', [hashOf(token), name, long]);
  return { ok: true, token, wall: long };
}

/** The live session a cookie names, or null (none, unknown, or past its lifetimes, which then ends it). */
export async function sessionOf(db: Queryable, token: string | undefined): Promise<Session | null> {
  if (!token || token.length > 100) return null;
  const idHash = hashOf(token);
  const [row] = await db.query<{
    user_name: string;
    role: Role;
    created_at: Date | string;
    last_used: Date | string;
    wall: boolean;
  }>(
    `SELECT s.user_name, u.role, s.created_at, s.last_used, s.wall
     FROM sessions s JOIN users u ON u.name = s.user_name WHERE s.id_hash = $1`,
    [idHash],
  );
  if (!row) return null;
  const now = Date.now();
  const lastUsed = new Date(row.last_used).getTime();
  const idle = now - lastUsed > (row.wall ? WALL_IDLE_MS : IDLE_MS);
  const old = !row.wall && now - new Date(row.created_at).getTime() > MAX_AGE_MS;
  if (idle || old) {
    await db.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
    return null;
  }
  if (now - lastUsed > TOUCH_MS) await db.query('UPDATE sessions SET last_used = now() WHERE id_hash = $1', [idHash]);
  return { name: row.user_name, role: row.role, idHash, wall: row.wall };
}

export async function endSession(db: Queryable, idHash: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
}

/** `user password` and `user remove` end every session of the user. */
export async function endSessionsOf(db: Queryable, name: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE user_name = $1', [name]);
}

export async function audit(db: Queryable, user: string, action: string, detail: object = {}): Promise<void> {
  await db.query('INSERT INTO audit (user_name, action, detail) VALUES ($1, $2, $3)', [user, action, detail]);
}

export async function auditLog(db: Queryable, limit = 200) {
  const rows = await db.query<{ at: Date | string; user_name: string; action: string; detail: object }>(
    'SELECT at, user_name, action, detail FROM audit ORDER BY id DESC LIMIT $1',
    [limit],
  );
  return rows.map((r) => ({ at: new Date(r.at).toISOString(), user: r.user_name, action: r.action, detail: r.detail }));
}
