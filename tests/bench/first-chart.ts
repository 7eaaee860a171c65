/**
 * Part of `npm run bench` and `npm run bench:quick` (which build first): serves the production build and, in the same
 * run, a bare page that draws one ECharts line from inline data (`bare-chart/`, the floor of DESIGN §6), and prints
 * for each route below:
 *  - navigation → first chart drawn with data (the `first-chart-drawn` mark), median of the visits, and its ratio to
 *    the bare page's median: the budget is 2×, and a ratio holds where absolute times drift by half between runs;
 *  - navigation → first contentful paint (the page's frames);
 *  - JavaScript loaded before the first chart, gzip, with the mock (MSW's chunk and the chunks only it loads) and the
 *    data chunks counted apart.
 * Visits are interleaved (a round visits the bare page, then every route), so that a slow minute of the machine
 * falls on all of them alike. Numbers only, no assertions: the budgets are judged by reading them.
 * `BENCH_BASELINE_DIST=DIR` measures another build (an earlier commit's `dist/`) in the same rounds, beside this one.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, PREVIEW_URL, startPreview } from '../tools/preview-server';
import { median } from './median';
import { visit, type Visit } from './first-chart-visit';

const VISITS = Number(process.env.BENCH_VISITS ?? 5);
const ROUTES = (process.env.BENCH_ROUTES ?? '/,/water-quality,/sewers,/wall').split(',');
const DATA_CHUNKS = /^(illustrative-data|readings|sewers-[a-z]+)-[\w-]+\.js$/;
const BARE_PORT = '4175';
const BARE_URL = `http://127.0.0.1:${BARE_PORT}/`;
const BARE_CONFIG = 'tests/bench/bare-chart/vite.config.ts';

const BASELINE_DIST = process.env.BENCH_BASELINE_DIST;
const BASELINE_PORT = '4176';

interface Build {
  name: string;
  url: string;
  dir: string;
}
const BUILDS: Build[] = [
  { name: 'this build', url: PREVIEW_URL, dir: 'dist' },
  ...(BASELINE_DIST ? [{ name: 'baseline', url: `http://127.0.0.1:${BASELINE_PORT}`, dir: BASELINE_DIST }] : []),
];

const gzipKb = (dir: string, file: string) => gzipSync(readFileSync(join(dir, 'assets', file))).length / 1024;

/** The chunks a built chunk imports, statically or dynamically (file names). */
function importsOf(dir: string, file: string): string[] {
  const code = readFileSync(join(dir, 'assets', file), 'utf8');
  return [...code.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)].map((match) => match[1]!);
}

/**
 * The loaded chunks that are there for the mock alone: imported by the mock's chunk (or by another of these) and by
 * no other loaded chunk. On `/` that is the store of imported datasets the mock reads; a real backend loads none.
 */
function mockOnly(dir: string, loaded: string[], mock: string[]): string[] {
  const owned = new Set(mock);
  for (let grew = true; grew;) {
    grew = false;
    for (const file of loaded) {
      if (owned.has(file)) continue;
      const importers = loaded.filter((other) => other !== file && importsOf(dir, other).includes(file));
      if (importers.length > 0 && importers.every((other) => owned.has(other))) {
        owned.add(file);
        grew = true;
      }
    }
  }
  return loaded.filter((file) => owned.has(file));
}

const server = await startPreview({ build: false });
const baseline = BASELINE_DIST
  ? await startPreview({ build: false, port: BASELINE_PORT, outDir: BASELINE_DIST })
  : null;
const bare = await startPreview({ config: BARE_CONFIG, port: BARE_PORT });
const browser = await launchChromium();
try {
  const floorTimes: number[] = [];
  const visits = new Map<string, Visit[]>(BUILDS.flatMap((build) => ROUTES.map((route) => [build.url + route, []])));
  for (let round = 0; round < VISITS; round++) {
    floorTimes.push((await visit(browser, BARE_URL)).drawnAt);
    for (const build of BUILDS)
      for (const route of ROUTES) visits.get(build.url + route)!.push(await visit(browser, `${build.url}${route}`));
  }
  const floor = median(floorTimes);
  const times = (list: readonly number[]) => list.map((t) => t.toFixed(0)).join(', ');
  console.log(
    `bare one-chart page (the floor): first chart drawn, median ${floor.toFixed(0)} ms (${times(floorTimes)})`,
  );
  for (const { name, url, dir } of BUILDS)
    for (const route of ROUTES) {
      const list = visits.get(url + route)!;
      const drawn = list.map((v) => v.drawnAt);
      const files = list.at(-1)!.scripts.map((url) => basename(new URL(url).pathname));
      const data = files.filter((f) => DATA_CHUNKS.test(f));
      const msw = mockOnly(
        dir,
        files.filter((f) => !data.includes(f)),
        files.filter((f) => f.startsWith('page-bridge-') || f.startsWith('mock-api.worker-')),
      );
      const app = files.filter((f) => !msw.includes(f) && !data.includes(f));
      const sum = (names: string[]) => {
        const kib = names.reduce((total, f) => total + gzipKb(dir, f), 0);
        return `${kib.toFixed(1)} KiB (${(kib * 1.024).toFixed(1)} kB)`;
      };
      console.log(`${name}: route ${route}`);
      console.log(
        `  navigation → first chart drawn: median ${median(drawn).toFixed(0)} ms = ${(median(drawn) / floor).toFixed(2)}× the floor (${times(drawn)}); budget ≤ 2×`,
      );
      console.log(`  navigation → first contentful paint: median ${median(list.map((v) => v.paintAt)).toFixed(0)} ms`);
      console.log(`  app JavaScript before the first chart: ${sum(app)} gzip (${app.join(', ')})`);
      console.log(`  the mock (MSW and what only it loads): ${sum(msw)} gzip (${msw.join(', ')})`);
      console.log(`  data chunks: ${sum(data)} gzip (${data.length} files)`);
    }
} finally {
  await browser.close();
  bare.stop();
  baseline?.stop();
  server.stop();
}
