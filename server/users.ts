import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { Queryable } from './db/database';

export type Role = 'editor' | 'reader';
export const ROLES: readonly Role[] = ['editor', 'reader'];
export const MIN_PASSWORD_LENGTH = 10;

/** DESIGN §10 "Who may write": scrypt with N = 2¹⁵, r = 8, p = 1, a 16-byte salt, a 32-byte key. */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const KEY_BYTES = 32;

export class UserError extends Error {}

function derive(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, SCRYPT, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  // Characters as the user counts them: code points, not UTF-16 units.
  if (Array.from(password).length < MIN_PASSWORD_LENGTH)
    throw new UserError(`a password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  const salt = randomBytes(16);
  const key = await derive(password, salt);
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** A hash no password matches: an unknown name is checked against it, so that it costs the same work. */
const NO_USER_HASH = `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${randomBytes(16).toString('base64')}$${randomBytes(KEY_BYTES).toString('base64')}`;

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const [, , , , salt, key] = (stored ?? NO_USER_HASH).split('$');
  const expected = Buffer.from(key ?? '', 'base64');
  const actual = await derive(password, Buffer.from(salt ?? '', 'base64'));
  return expected.length === actual.length && timingSafeEqual(expected, actual) && stored !== null;
}

const NAME = /^[\p{L}\p{N}._-]{1,64}$/u;

function checkName(name: string) {
  if (!NAME.test(name)) throw new UserError('a user name is 1–64 letters, digits, dots, dashes or underscores');
}

export async function addUser(db: Queryable, name: string, role: Role, password: string): Promise<void> {
  checkName(name);
  if (!ROLES.includes(role)) throw new UserError(`a role is editor or reader, not ${role}`);
  const hash = await hashPassword(password);
  const rows = await db.query(
    'INSERT INTO users (name, role, password_hash) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING RETURNING name',
    [name, role, hash],
  );
  if (!rows.length) throw new UserError(`user ${name} exists already: set a new password with "user password ${name}"`);
}

export async function setPassword(db: Queryable, name: string, password: string): Promise<void> {
  const hash = await hashPassword(password);
  const rows = await db.query('UPDATE users SET password_hash = $2 WHERE name = $1 RETURNING name', [name, hash]);
  if (!rows.length) throw new UserError(`no user ${name}`);
  // A new password ends the user's sessions (a removed user's go with the row: ON DELETE CASCADE).
  await db.query('DELETE FROM sessions WHERE user_name = $1', [name]);
}

export async function listUsers(db: Queryable): Promise<{ name: string; role: Role; createdAt: string }[]> {
  const rows = await db.query<{ name: string; role: Role; created_at: Date | string }>(
    'SELECT name, role, created_at FROM users ORDER BY name',
  );
  return rows.map((r) => ({ name: r.name, role: r.role, createdAt: new Date(r.created_at).toISOString() }));
}

export async function removeUser(db: Queryable, name: string): Promise<void> {
  const rows = await db.query('DELETE FROM users WHERE name = $1 RETURNING name', [name]);
  if (!rows.length) throw new UserError(`no user ${name}`);
}
