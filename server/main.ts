/**
 * `npm run serve` — the bureau server (DESIGN §10) — and its terminal commands:
 *   npm run serve -- user add NAME [--role editor|reader] | user password NAME | user list | user remove NAME
 *   npm run serve -- import FILE… [--year Y] [--encoding E]
 *   npm run serve -- export FILE | restore FILE
 *   npm run serve -- check URL
 * While the server runs on a PGlite folder, a command sends its work to it over loopback with the admin token; when it
 * is stopped, the command opens the folder itself under the same lock. With PostgreSQL a command opens the database
 * itself: every server process hears of its changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureBuilt } from './build';
import { checkDeployment } from './cli/check';
import { readPassword } from './cli/password';
import { ConfigError, readConfig, type ServerConfig } from './config';
import type { Database } from './db/database';
import { exportBundle, importFiles, restoreBundle } from './datasets-io';
import { API } from './http/app';
import { LockedError, lockHolder, readAdminToken, takeLock } from './lock';
import { addresses, openDatabase, prepareDatabase, startServer } from './server';
import { addUser, listUsers, removeUser, setPassword, type Role } from './users';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `usage: npm run serve [-- COMMAND]
  (no command)                         start the server
  user add NAME [--role editor|reader] add an account (password from the terminal or standard input)
  user password NAME                   set a new password (ends the user's sessions)
  user list | user remove NAME
  import FILE… [--year Y] [--encoding E]  import readings or sewer tables and make them active
  export FILE | restore FILE           write or read the active data's bundle
  check URL                            say whether a deployment reaches the server`;

class UsageError extends Error {}

/** A command's work, on the database itself or through the running server. */
interface Work<T> {
  local: (db: Database) => Promise<T>;
  remote: (call: (method: string, path: string, body?: unknown) => Promise<unknown>) => Promise<T>;
}

async function run<T>(config: ServerConfig, work: Work<T>): Promise<T> {
  if (config.databaseUrl) return withDatabase(config, work.local);
  const holder = lockHolder(config.dataDir);
  if (!holder) {
    const lock = takeLock(config.dataDir, { host: 'terminal', port: 0 });
    try {
      return await withDatabase(config, work.local);
    } finally {
      lock.release();
    }
  }
  const host = holder.host === '0.0.0.0' || holder.host === '::' ? '127.0.0.1' : holder.host;
  const token = readAdminToken(config.dataDir);
  return work.remote(async (method, path, body) => {
    const response = await fetch(`http://${host}:${holder.port}${API}/admin${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const answer = (await response.json()) as { detail?: string };
    if (!response.ok) throw new Error(answer.detail ?? `the server answered ${response.status}`);
    return answer;
  });
}

async function withDatabase<T>(config: ServerConfig, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(config);
  try {
    await prepareDatabase(db);
    return await work(db);
  } finally {
    await db.close();
  }
}

async function userCommand(config: ServerConfig, args: string[], role: string | undefined) {
  const [action, name] = args;
  const needName = () => {
    if (!name) throw new UsageError(`user ${action ?? ''} needs a NAME`);
    return name;
  };
  switch (action) {
    case 'add': {
      const user = needName();
      const password = await readPassword();
      await run(config, {
        local: (db) => addUser(db, user, (role ?? 'editor') as Role, password),
        remote: (call) =>
          call('POST', '/users', { name: user, role: role ?? 'editor', password }).then(() => undefined),
      });
      return console.log(`added ${user} (${role ?? 'editor'})`);
    }
    case 'password': {
      const user = needName();
      const password = await readPassword();
      await run(config, {
        local: (db) => setPassword(db, user, password),
        remote: (call) =>
          call('PUT', `/users/${encodeURIComponent(user)}/password`, { password }).then(() => undefined),
      });
      return console.log(`new password for ${user}`);
    }
    case 'list': {
      const users = await run(config, {
        local: (db) => listUsers(db),
        remote: (call) => call('GET', '/users') as Promise<Awaited<ReturnType<typeof listUsers>>>,
      });
      if (!users.length) return console.log('no users yet: add one with "npm run serve -- user add NAME"');
      for (const u of users) console.log(`${u.name}\t${u.role}\t${u.createdAt}`);
      return;
    }
    case 'remove': {
      const user = needName();
      await run(config, {
        local: (db) => removeUser(db, user),
        remote: (call) => call('DELETE', `/users/${encodeURIComponent(user)}`).then(() => undefined),
      });
      return console.log(`removed ${user}`);
    }
    default:
      throw new UsageError(`unknown user command '${action ?? ''}'`);
  }
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      year: { type: 'string' },
      encoding: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return console.log(USAGE);
  const config = readConfig(process.env, root);
  const [command, ...args] = positionals;
  switch (command) {
    case undefined:
      return serve(config);
    case 'user':
      return userCommand(config, args, values.role);
    case 'import': {
      if (!args.length) throw new UsageError('import needs at least one FILE');
      const files = args.map((path) => ({ name: basename(path), bytes: readFileSync(path) }));
      const year = values.year === undefined ? undefined : Number(values.year);
      const encoding = values.encoding as 'utf-8' | undefined;
      const result = await run(config, {
        local: (db) =>
          importFiles(
            db,
            files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })),
            { firstYear: year, encoding },
            'terminal',
          ),
        remote: (call) =>
          call('POST', '/import', {
            files: files.map((f) => ({ name: f.name, base64: f.bytes.toString('base64') })),
            year,
            encoding,
          }) as Promise<Awaited<ReturnType<typeof importFiles>>>,
      });
      for (const line of result.log) console.log(line);
      return console.log(`active: water ${result.ids.water}, sewers ${result.ids.sewers}`);
    }
    case 'export': {
      const [file] = args;
      if (!file) throw new UsageError('export needs a FILE');
      const bundle = await run(config, {
        local: (db) => exportBundle(db),
        remote: (call) => call('GET', '/export').then((a) => (a as { bundle: string | null }).bundle),
      });
      if (!bundle) throw new Error('the active data is the illustrative data: there is no import to export');
      writeFileSync(file, bundle);
      return console.log(`wrote ${file}`);
    }
    case 'restore': {
      const [file] = args;
      if (!file) throw new UsageError('restore needs a FILE');
      const bundle = readFileSync(file, 'utf8');
      const ids = await run(config, {
        local: (db) => restoreBundle(db, bundle, 'terminal'),
        remote: (call) => call('POST', '/restore', { bundle }).then((a) => (a as { ids: unknown }).ids),
      });
      return console.log(`restored ${file}: active ${JSON.stringify(ids)}`);
    }
    case 'check': {
      const [url] = args;
      if (!url) throw new UsageError('check needs a URL');
      const problems = await checkDeployment(url, (line) => console.log(line));
      if (problems.length) process.exitCode = 1;
      return;
    }
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}

async function serve(config: ServerConfig) {
  // The project's own dist/ is rebuilt when stale; a DIST_DIR set elsewhere is served as it is.
  if (config.distDir === join(root, 'dist')) ensureBuilt(root, config.distDir);
  const server = await startServer(config);
  console.log(`Ge Lake dashboard, served from ${config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`}:`);
  for (const address of addresses(server.port, config.host)) console.log(`  ${address}`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) console.error(`${error.message}\n${USAGE}`);
  else if (error instanceof ConfigError || error instanceof LockedError) console.error(error.message);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(error instanceof UsageError ? 2 : 1);
});
