/**
 * The terminal's commands (DESIGN §10 "Pinned for the server", terminal): through the running server over loopback,
 * and on the folder itself under its lock when the server is stopped. Run as a newcomer would, through `npm run serve`'s
 * entry in a child process.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { LockedError, takeLock } from '../../server/lock';
import { readBundle } from '../../src/import/bundle';
import { openChanges } from './http-client';
import { serverOn } from './test-server';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, 'tests/fixtures/import/release-table-utf8.csv');

const server = await serverOn('pglite');
afterAll(() => server.close());

/** `npm run serve -- ARGS` on the test server's folder, with `input` on standard input. */
async function serve(args: string[], input = '') {
  const child = run(join(ROOT, 'node_modules/.bin/tsx'), ['server/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: server.config.dataDir, LOG_LEVEL: 'warn' },
  });
  child.child.stdin!.end(input);
  return child.then(
    ({ stdout }) => ({ code: 0, out: stdout }),
    (error: unknown) => {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, out: failed.stdout + failed.stderr };
    },
  );
}

describe('while the server runs, a command goes through it', () => {
  it('adds, lists and removes users; refuses a short password and a second account of one name', async () => {
    expect(await serve(['user', 'add', 'ana', '--role', 'editor'], 'correct horse battery\n')).toMatchObject({
      code: 0,
    });
    expect((await serve(['user', 'add', 'bo', '--role', 'reader'], 'short\n')).out).toMatch(/at least 10 characters/);
    expect((await serve(['user', 'add', 'ana'], 'another long password\n')).out).toMatch(/exists already/);
    const list = await serve(['user', 'list']);
    expect(list.out).toMatch(/^ana\teditor\t/m);
    expect(list.out).not.toMatch(/^bo\t/m);
    expect(await serve(['user', 'remove', 'ana'])).toMatchObject({ code: 0 });
    expect((await serve(['user', 'remove', 'ana'])).out).toMatch(/no user ana/);
  });

  it('imports a file, which every connected stream hears of within seconds; exports it as a bundle', async () => {
    const stream = await openChanges(server.url);
    await stream.until(2);
    const result = await serve(['import', FIXTURE, '--year', '2023']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/release-table-utf8\.csv: \d+ rows read/);
    const [, , change] = await stream.until(3, 5000);
    expect(change!.part).toBe('water');
    const meta = (await (await fetch(`${server.url}/api/v1/meta`)).json()) as {
      sources: { waterQuality: { files: { name: string }[] } };
    };
    expect(meta.sources.waterQuality.files.map((f) => f.name)).toEqual(['release-table-utf8.csv']);
    await stream.close();

    const file = join(server.dir, 'bundle.json');
    expect(await serve(['export', file])).toMatchObject({ code: 0 });
    expect(readBundle(readFileSync(file, 'utf8')).water!.source).toMatchObject({ kind: 'import' });
  });

  it('a file that is not a table changes nothing and says why', async () => {
    const before = await (await fetch(`${server.url}/api/v1/meta`)).text();
    const bad = join(server.dir, 'not-a-table.csv');
    writeFileSync(bad, 'a,b\n1,2\n');
    const result = await serve(['import', bad]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/missing-columns/);
    expect(await (await fetch(`${server.url}/api/v1/meta`)).text()).toBe(before);
  });
});

describe('the data folder’s lock', () => {
  it('refuses a second holder while the server lives', () => {
    expect(() => takeLock(server.config.dataDir, { host: '127.0.0.1', port: 1 })).toThrow(LockedError);
  });
});

describe('while the server is stopped, a command opens the folder itself', () => {
  it('restores a bundle and lists users on the folder, then a server starting there serves the restored data', async () => {
    const file = join(server.dir, 'bundle.json');
    await server.stopOnly();
    expect(existsSync(join(server.config.dataDir, 'server.lock'))).toBe(false);
    // A crashed holder's lock (its process gone) is taken over.
    writeFileSync(
      join(server.config.dataDir, 'server.lock'),
      JSON.stringify({ pid: 2 ** 22 + 1, host: '127.0.0.1', port: 1, startedAt: '' }),
    );
    expect(await serve(['user', 'add', 'cy'], 'a long enough password\n')).toMatchObject({ code: 0 });
    expect((await serve(['user', 'list'])).out).toMatch(/^cy\teditor/m);
    const restored = await serve(['restore', file]);
    expect(restored).toMatchObject({ code: 0 });
    expect(restored.out).toMatch(/restored .*bundle\.json/);
  });
});
