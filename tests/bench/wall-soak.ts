/**
 * `npm run bench:wall` (builds first): runs `/wall?rotate=1&refresh=2` in Chromium for BENCH_WALL_MINUTES (default
 * 10) at 1920 × 1080 and prints, after forced garbage collection, the JS heap, DOM nodes, event listeners, ECharts
 * instances and canvases at the first minute and every minute after; the heap's change over DESIGN §6's two windows,
 * minute 1 → 10 (budget 10 %) and minute 10 → the last (budget 2 %, when the run is longer than 10 minutes); and,
 * from heap snapshots at minutes 1, 10 and the last, where the heap's change is: compiled code, the browser's
 * records, or the app's and its libraries' objects (`heap-snapshot.ts`). Numbers only: the budgets are judged by
 * reading them.
 *
 * It talks to Chromium over the bare DevTools protocol (Performance, HeapProfiler, Runtime) rather than through
 * Playwright: Playwright turns on DevTools' network tracking, which keeps a record, and the transferred body stream,
 * of every request; with a refresh every 2 s that is thousands of objects a wall screen would never hold.
 */
import { launchDebuggableChromium } from '../tools/debug-chromium';
import { PREVIEW_URL, startPreview } from '../tools/preview-server';
import { heapParts, type HeapPart } from './heap-snapshot';

const MINUTES = Number(process.env.BENCH_WALL_MINUTES ?? 10);
const ROUTE = process.env.BENCH_WALL_ROUTE ?? '/wall?rotate=1&refresh=2';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A minimal DevTools protocol client over the page's WebSocket (Node's WebSocket: `--experimental-websocket` on 20). */
async function connect(url: string) {
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', reject, { once: true });
  });
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const snapshotChunks: string[] = [];
  socket.addEventListener('message', (event: MessageEvent<string>) => {
    const message = JSON.parse(event.data) as {
      id?: number;
      result?: unknown;
      error?: { message: string };
      method?: string;
      params?: { chunk?: string };
    };
    if (message.method === 'HeapProfiler.addHeapSnapshotChunk') snapshotChunks.push(message.params!.chunk!);
    const waiting = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id!);
    if (message.error) waiting.reject(new Error(message.error.message));
    else waiting.resolve(message.result);
  });
  return {
    send<T>(method: string, params: object = {}): Promise<T> {
      const id = nextId++;
      socket.send(JSON.stringify({ id, method, params }));
      return new Promise<T>((resolve, reject) => pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
    },
    /** A heap snapshot's JSON (the protocol streams it in chunks before answering the command). */
    async heapSnapshot(): Promise<string> {
      snapshotChunks.length = 0;
      await this.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
      return snapshotChunks.join('');
    },
    close: () => socket.close(),
  };
}
type Cdp = Awaited<ReturnType<typeof connect>>;

async function evaluate<T>(cdp: Cdp, expression: string): Promise<T> {
  const { result } = await cdp.send<{ result: { value: T } }>('Runtime.evaluate', { expression, returnByValue: true });
  return result.value;
}

/** Heap, nodes and listeners after a forced garbage collection (twice: finalisers can free more). */
async function collected(cdp: Cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send<{ metrics: { name: string; value: number }[] }>('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return { heap: metric('JSHeapUsedSize'), nodes: metric('Nodes'), listeners: metric('JSEventListeners') };
}

interface Sample {
  heapMb: number;
  nodes: number;
  listeners: number;
  charts: number;
  canvases: number;
}

/**
 * The lowest of a few collections 700 ms apart: with a refresh every 2 s a 600 kB response is often being parsed at
 * any one moment, and what is in flight is not what stays.
 */
async function sample(cdp: Cdp): Promise<Sample> {
  const readings = [];
  for (let i = 0; i < 3; i++) {
    readings.push(await collected(cdp));
    await sleep(700);
  }
  const least = readings.reduce((a, b) => (b.heap < a.heap ? b : a));
  const onPage = await evaluate<{ charts: number; canvases: number }>(
    cdp,
    `({ charts: document.querySelectorAll('[_echarts_instance_]').length,
        canvases: document.querySelectorAll('canvas').length })`,
  );
  return { heapMb: least.heap / 2 ** 20, nodes: least.nodes, listeners: least.listeners, ...onPage };
}

const server = await startPreview({ build: false });
const browser = await launchDebuggableChromium(['--window-size=1920,1080']);
try {
  const target = (await (
    await fetch(`http://127.0.0.1:${browser.port}/json/new?about:blank`, { method: 'PUT' })
  ).json()) as { webSocketDebuggerUrl: string };
  const cdp = await connect(target.webSocketDebuggerUrl);
  await cdp.send('Performance.enable');
  const started = Date.now();
  await cdp.send('Page.navigate', { url: `${PREVIEW_URL}${ROUTE}` });
  while ((await evaluate<number>(cdp, `document.querySelectorAll('[data-chart-drawn="true"]').length`)) < 4) {
    if (Date.now() - started > 30_000) throw new Error('the wall did not draw its charts within 30 s');
    await sleep(200);
  }
  const samples: Sample[] = [];
  const parts = new Map<number, Record<HeapPart, number>>();
  const snapshotAt = new Set([1, Math.min(10, MINUTES), MINUTES]);
  for (let minute = 1; minute <= MINUTES; minute++) {
    await sleep(Math.max(0, started + minute * 60_000 - Date.now()));
    const s = await sample(cdp);
    samples.push(s);
    if (snapshotAt.has(minute)) parts.set(minute, heapParts(await cdp.heapSnapshot()));
    console.log(
      `minute ${String(minute).padStart(2)}: heap ${s.heapMb.toFixed(2)} MB, nodes ${s.nodes}, ` +
        `listeners ${s.listeners}, charts ${s.charts}, canvases ${s.canvases}`,
    );
  }
  const [first, last] = [samples[0]!, samples.at(-1)!];
  const change = (a: number, b: number) => `${(((b - a) / a) * 100).toFixed(1)} %`;
  console.log(`\nwall soak, ${ROUTE}, ${MINUTES} min (~${MINUTES * 60} rotations, ~${MINUTES * 30} refreshes)`);
  const windows: [number, number, string][] = [[1, Math.min(10, MINUTES), 'budget ≤ 10 %']];
  if (MINUTES > 10) windows.push([10, MINUTES, 'budget ≤ 2 %']);
  for (const [from, to, budget] of windows) {
    const [a, b] = [samples[from - 1]!.heapMb, samples[to - 1]!.heapMb];
    console.log(
      `  heap after GC, minute ${from} → ${to}: ${a.toFixed(2)} → ${b.toFixed(2)} MB (${change(a, b)}); ${budget}`,
    );
    for (const part of Object.keys(parts.get(from)!) as HeapPart[]) {
      const [pa, pb] = [parts.get(from)![part] / 2 ** 20, parts.get(to)![part] / 2 ** 20];
      console.log(
        `    ${`${part}:`.padEnd(20)} ${pa.toFixed(2)} → ${pb.toFixed(2)} MB (${change(pa, pb)}) in heap snapshots`,
      );
    }
  }
  console.log(`  DOM nodes       ${first.nodes} → ${last.nodes} (${change(first.nodes, last.nodes)})`);
  console.log(`  listeners       ${first.listeners} → ${last.listeners} (${change(first.listeners, last.listeners)})`);
  console.log(
    `  ECharts         ${first.charts} → ${last.charts} instances, ${first.canvases} → ${last.canvases} canvases`,
  );
  cdp.close();
} finally {
  await browser.close();
  server.stop();
}
