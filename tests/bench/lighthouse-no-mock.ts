/**
 * Part of `npm run bench`: what the in-page mock costs. Builds the app with the mock off (VITE_API_MOCKING=off),
 * serves it from a small Node server that answers the same API with the same handlers (the shape a real backend
 * gives: no mock and no data chunks in the page), and runs the Lighthouse bench on `/` against it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { getResponse } from 'msw';
import { createServer as createViteServer } from 'vite';

// Not 4190: browsers refuse it (ManageSieve, on the Fetch standard's list of bad ports).
const PORT = 4192;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

const dir = mkdtempSync(join(tmpdir(), 'no-mock-'));
const built = spawnSync('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir'], {
  stdio: 'ignore',
  env: { ...process.env, VITE_API_MOCKING: 'off' },
});
if (built.status !== 0) throw new Error('vite build failed');

// The handlers through Vite's module loader: the dataset module uses Vite's `import.meta.glob` and `env`.
const vite = await createViteServer({ server: { middlewareMode: true, hmr: false }, appType: 'custom' });
const { createHandlers } = (await vite.ssrLoadModule('/mocks/handlers.ts')) as typeof import('../../mocks/handlers');
const handlers = createHandlers();
const server = createServer((request, response) => {
  void (async () => {
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${PORT}`);
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding']));
    const send = (status: number, type: string, body: Buffer) => {
      const compress = gzip && /text|json|svg/.test(type);
      response.writeHead(status, {
        'content-type': type,
        ...(compress ? { 'content-encoding': 'gzip' } : {}),
        ...(url.pathname.startsWith('/assets/') ? { 'cache-control': 'public, max-age=31536000, immutable' } : {}),
      });
      response.end(compress ? gzipSync(body) : body);
    };
    if (url.pathname.startsWith('/api/')) {
      const mocked = await getResponse(handlers, new Request(url, { headers: { accept: 'application/json' } }));
      if (!mocked) return send(404, 'text/plain', Buffer.from('not found'));
      return send(
        mocked.status,
        mocked.headers.get('content-type') ?? 'application/json',
        Buffer.from(await mocked.arrayBuffer()),
      );
    }
    const file = join(dir, normalize(url.pathname));
    const path = file.startsWith(dir) && existsSync(file) && statSync(file).isFile() ? file : join(dir, 'index.html');
    send(200, TYPES[extname(path)] ?? 'application/octet-stream', readFileSync(path));
  })();
});
server.listen(PORT, '127.0.0.1');
try {
  // Not spawnSync: the server above answers from this process's event loop.
  const lighthouse = spawn('npx', ['tsx', 'tests/bench/lighthouse.ts'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      BENCH_LH_URL: `http://127.0.0.1:${PORT}`,
      BENCH_LH_ROUTES: process.env.BENCH_LH_ROUTES ?? '/',
      BENCH_LH_LABEL: ' with the API on a server, no mock in the page',
    },
  });
  await once(lighthouse, 'exit');
} finally {
  server.close();
  await vite.close();
  rmSync(dir, { recursive: true, force: true });
}
