/**
 * Part of `npm run bench` (which builds first): serves the production build, and prints for each route below:
 *  - navigation → first chart drawn with data (the `first-chart-drawn` mark), median of 5 fresh visits, and
 *    navigation → first contentful paint (the page's frames);
 *  - JavaScript loaded before that moment, gzip, with the MSW chunk and the data chunks counted apart.
 * Numbers only, no assertions: DESIGN §6 budgets are judged by reading them.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, PREVIEW_URL, startPreview } from '../tools/preview-server';
import { median } from './median';

const VISITS = Number(process.env.BENCH_VISITS ?? 5);
const ROUTES = (process.env.BENCH_ROUTES ?? '/,/water-quality,/sewers,/wall').split(',');
const DATA_CHUNKS = /^(meta|stations|readings|transfer-events|water-figures|sewers-[a-z]+)-[\w-]+\.js$/;

const gzipKb = (file: string) => gzipSync(readFileSync(join('dist/assets', file))).length / 1024;

const server = await startPreview({ build: false });
const browser = await launchChromium();
try {
  for (const route of ROUTES) {
    const times: number[] = [];
    const paints: number[] = [];
    let scripts: string[] = [];
    for (let visit = 0; visit < VISITS; visit++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${PREVIEW_URL}${route}`);
      const handle = await page.waitForFunction(
        () => performance.getEntriesByName('first-chart-drawn')[0]?.startTime ?? null,
        null,
        { timeout: 15_000 },
      );
      const drawnAt = (await handle.jsonValue()) as number;
      times.push(drawnAt);
      paints.push(
        await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN),
      );
      scripts = await page.evaluate(
        (before) =>
          performance
            .getEntriesByType('resource')
            .filter((e) => e.name.endsWith('.js') && e.startTime < before)
            .map((e) => e.name),
        drawnAt,
      );
      await context.close();
    }
    const files = scripts.map((url) => basename(new URL(url).pathname));
    const msw = files.filter((f) => f.startsWith('browser-'));
    const data = files.filter((f) => DATA_CHUNKS.test(f));
    const app = files.filter((f) => !msw.includes(f) && !data.includes(f));
    const sum = (list: string[]) => {
      const kib = list.reduce((total, f) => total + gzipKb(f), 0);
      return `${kib.toFixed(1)} KiB (${(kib * 1.024).toFixed(1)} kB)`;
    };
    console.log(`route ${route}`);
    console.log(
      `  navigation → first chart drawn: median ${median(times).toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')})`,
    );
    console.log(`  navigation → first contentful paint: median ${median(paints).toFixed(0)} ms`);
    console.log(`  app JavaScript before the first chart: ${sum(app)} gzip (${app.join(', ')})`);
    console.log(`  MSW chunk: ${sum(msw)} gzip; data chunks: ${sum(data)} gzip (${data.length} files)`);
  }
} finally {
  await browser.close();
  server.stop();
}
