/**
 * `npm run bench:server` (DESIGN §6 v3, the bureau server), on loopback, this machine's cores shared by the server and
 * the load:
 *  - open loop: 200 simulated clients (150 walls, 50 desks), each sending its page's four requests every 10 s, start
 *    times spread evenly (80 requests/s), latency from each request's scheduled time (no coordinated omission), 60 s:
 *    p95 ≤ 50 ms, p99 ≤ 200 ms, no error;
 *  - the same while the 130 000-row CSV is imported through the terminal's path (readers' p95 ≤ 100 ms);
 *  - closed-loop throughput at 50 connections (reported, no budget);
 *  - first chart of the served app against the bare page served by the same process (`dist/bench/`), beside the
 *    static build's ratio from the same run (≤ 2×);
 *  - with BENCH_SERVER_MINUTES=30: the load for 30 minutes, RSS and heap used after a forced GC at minutes 10 and 30.
 * Numbers only: the budgets are judged by reading them.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { launchChromium, startPreview, PREVIEW_URL } from '../tools/preview-server';
import { bigCsv } from './big-csv';
import { visit } from './first-chart-visit';
import { median } from './median';

// Not 4190: the Fetch standard's bad ports (ManageSieve) are refused by fetch and by browsers.
const PORT = 4181;
const URL_BASE = `http://127.0.0.1:${PORT}`;
const CLIENTS = { walls: 150, desks: 50 };
const PERIOD_MS = 10_000;
const LOAD_SECONDS = Number(process.env.BENCH_SERVER_SECONDS ?? 60);
const SOAK_MINUTES = Number(process.env.BENCH_SERVER_MINUTES ?? 0);
const VISITS = Number(process.env.BENCH_VISITS ?? 5);
const ROUTES = ['/', '/water-quality', '/sewers', '/wall'];

const WALL = ['/meta', '/water-quality/summary', '/water-quality/series?interval=1d', '/sewers/towns'];
const DESK = [
  '/meta',
  '/water-quality/summary',
  '/water-quality/series?from=2023-07-01&to=2024-03-31&interval=1d',
  '/sewers/towns',
];

const dataDir = mkdtempSync(join(tmpdir(), 'gehu-bench-'));
const server = spawn(join('node_modules/.bin/tsx'), ['server/main.ts'], {
  env: {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(PORT),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    NODE_OPTIONS: '--expose-gc',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
for (let ready = false; !ready; await new Promise((r) => setTimeout(r, 200))) {
  if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}): is port ${PORT} taken?`);
  ready = await fetch(`${URL_BASE}/readyz`).then(
    (r) => r.ok,
    () => false,
  );
}
const token = readFileSync(join(dataDir, 'admin.token'), 'utf8').trim();
const admin = (path: string, init: RequestInit = {}) =>
  fetch(`${URL_BASE}/api/v1/admin${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  });

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** The open-loop load for `seconds`: every client's four requests at its scheduled times; latencies from those times. */
async function openLoop(seconds: number, during?: () => Promise<void>) {
  const latencies: number[] = [];
  let errors = 0;
  const clients = [...Array<string[]>(CLIENTS.walls).fill(WALL), ...Array<string[]>(CLIENTS.desks).fill(DESK)];
  const start = performance.now() + 100;
  const end = start + seconds * 1000;
  const pending: Promise<void>[] = [];
  const fire = (paths: string[], scheduled: number) =>
    paths.map((path) =>
      fetch(`${URL_BASE}/api/v1${path}`, { headers: { 'accept-encoding': 'br, gzip' } })
        .then(async (response) => {
          await response.arrayBuffer();
          if (!response.ok) errors += 1;
          latencies.push(performance.now() - scheduled);
        })
        .catch(() => {
          errors += 1;
        }),
    );
  const runs = clients.map(async (paths, i) => {
    for (let tick = start + (i * PERIOD_MS) / clients.length; tick < end; tick += PERIOD_MS) {
      const wait = tick - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      pending.push(...fire(paths, tick));
    }
  });
  const side = during?.();
  await Promise.all(runs);
  await Promise.all(pending);
  await side;
  const sorted = latencies.sort((a, b) => a - b);
  return {
    count: sorted.length,
    errors,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
  };
}

const line = (name: string, r: Awaited<ReturnType<typeof openLoop>>, budget: string) =>
  console.log(
    `  ${name}: ${r.count} requests (${(r.count / LOAD_SECONDS).toFixed(0)}/s), p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, max ${r.max.toFixed(0)} ms, errors ${r.errors}   ${budget}`,
  );

try {
  // BENCH_SERVER_SOAK_ONLY=1: the memory soak alone (its readings stand a busy machine; latencies would not).
  if (process.env.BENCH_SERVER_SOAK_ONLY !== '1') {
    // Warm: each answer computed once, as the first wall of the morning would.
    for (const path of [...WALL, ...DESK]) {
      await (await fetch(`${URL_BASE}/api/v1${path}`)).arrayBuffer();
    }
    console.log(
      `server open loop: ${CLIENTS.walls} walls + ${CLIENTS.desks} desks, 4 requests each every 10 s, ${LOAD_SECONDS} s`,
    );
    line('readers', await openLoop(LOAD_SECONDS), 'budget p95 ≤ 50 ms, p99 ≤ 200 ms, no error');

    const csv = bigCsv();
    let importMs = NaN;
    const importing = async () => {
      await new Promise((r) => setTimeout(r, 5000));
      const started = performance.now();
      const response = await admin('/import', {
        method: 'POST',
        body: JSON.stringify({ files: [{ name: 'three-years.csv', base64: csv.toString('base64') }] }),
      });
      if (!response.ok) throw new Error(`the import failed: ${await response.text()}`);
      importMs = performance.now() - started;
    };
    line('readers while 130 000 rows are imported', await openLoop(LOAD_SECONDS, importing), 'budget p95 ≤ 100 ms');
    console.log(
      `  the import itself (terminal path, file sent → active, in a worker thread): ${importMs.toFixed(0)} ms`,
    );

    const closed = await autocannon({
      url: URL_BASE,
      connections: 50,
      duration: 10,
      requests: WALL.map((path) => ({ method: 'GET', path: `/api/v1${path}`, headers: { 'accept-encoding': 'br' } })),
    });
    console.log(
      `  closed loop, 50 connections, 10 s: ${closed.requests.average.toFixed(0)} requests/s, p50 ${closed.latency.p50} ms, p99 ${closed.latency.p99} ms, errors ${closed.errors + closed.non2xx} (reported, no budget)`,
    );

    // First chart: the served app against the bare page the same process serves; the static build beside it.
    const preview = await startPreview({ build: false });
    const bare = await startPreview({ config: 'tests/bench/bare-chart/vite.config.ts', port: '4175' });
    const browser = await launchChromium();
    try {
      const times = new Map<string, number[]>();
      const add = (key: string, ms: number) => times.set(key, [...(times.get(key) ?? []), ms]);
      for (let round = 0; round < VISITS; round++) {
        add('served bare', (await visit(browser, `${URL_BASE}/bench/index.html`)).drawnAt);
        add('static bare', (await visit(browser, 'http://127.0.0.1:4175/')).drawnAt);
        for (const route of ROUTES) {
          add(`served ${route}`, (await visit(browser, `${URL_BASE}${route}`)).drawnAt);
          add(`static ${route}`, (await visit(browser, `${PREVIEW_URL}${route}`)).drawnAt);
        }
      }
      const floor = { served: median(times.get('served bare')!), static: median(times.get('static bare')!) };
      console.log(
        `first chart, median of ${VISITS}: bare page served ${floor.served.toFixed(0)} ms, static ${floor.static.toFixed(0)} ms`,
      );
      for (const route of ROUTES) {
        const served = median(times.get(`served ${route}`)!);
        const stat = median(times.get(`static ${route}`)!);
        console.log(
          `  ${route.padEnd(15)} served ${served.toFixed(0)} ms = ${(served / floor.served).toFixed(2)}× (budget 2×)   static build ${stat.toFixed(0)} ms = ${(stat / floor.static).toFixed(2)}×`,
        );
      }
    } finally {
      await browser.close();
      preview.stop();
      bare.stop();
    }
  }

  if (SOAK_MINUTES > 0) {
    const readings: { minute: number; rss: number; heapUsed: number }[] = [];
    const started = performance.now();
    const soak = openLoop(SOAK_MINUTES * 60);
    for (const minute of [1, 10, 30].filter((m) => m <= SOAK_MINUTES)) {
      await new Promise((r) => setTimeout(r, started + minute * 60_000 - performance.now()));
      const memory = (await (await admin('/memory')).json()) as { rss: number; heapUsed: number };
      readings.push({ minute, rss: memory.rss, heapUsed: memory.heapUsed });
      console.log(
        `  minute ${minute}: RSS ${(memory.rss / 1e6).toFixed(1)} MB, heap used after GC ${(memory.heapUsed / 1e6).toFixed(1)} MB`,
      );
    }
    const result = await soak;
    const at = (m: number) => readings.find((r) => r.minute === m);
    const [ten, thirty] = [at(10), at(30)];
    if (ten && thirty)
      console.log(
        `  minute 10 → 30: RSS ${(((thirty.rss - ten.rss) / ten.rss) * 100).toFixed(1)} %, heap used ${(((thirty.heapUsed - ten.heapUsed) / ten.heapUsed) * 100).toFixed(1)} %   budget within 5 %; load p95 ${result.p95.toFixed(1)} ms, errors ${result.errors}`,
      );
  }
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
