/**
 * Part of `npm run bench` (which builds first): Lighthouse 12 on the production build, mobile and desktop presets,
 * for each route below; prints the median of BENCH_LH_RUNS runs (default 3) of performance, accessibility and best
 * practices, LCP and TBT, and the audits that cost points, with DESIGN §6's budget beside the score. Numbers only:
 * the budgets are judged by reading them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { launchDebuggableChromium } from '../tools/debug-chromium';
import { PREVIEW_URL, startPreview } from '../tools/preview-server';
import { median } from './median';

const RUNS = Number(process.env.BENCH_LH_RUNS ?? 3);
const ROUTES = (process.env.BENCH_LH_ROUTES ?? '/,/water-quality,/sewers,/brief').split(',');
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

/** DESIGN §6: mobile 95 on the overview (TBT ≤ 150 ms, LCP ≤ 2.2 s), 90 on the other pages; desktop 99. */
function budget(route: string, preset: 'mobile' | 'desktop'): string {
  if (preset === 'desktop') return 'budget ≥ 99';
  return route === '/' ? 'budget ≥ 95, TBT ≤ 150 ms, LCP ≤ 2.2 s' : 'budget ≥ 90';
}

async function audit(port: number, url: string, preset: 'mobile' | 'desktop'): Promise<Result> {
  const flags: Flags = { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] };
  const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  return result.lhr;
}

/** Audits in a category that did not get full marks, with their score: what the points were lost on. */
function lostPoints(lhr: Result, category: (typeof CATEGORIES)[number]): string[] {
  return lhr.categories[category]!.auditRefs.filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id]!)
    .filter((a) => a.score !== null && a.score < 1)
    .map((a) => `${a.id} ${Math.round(a.score! * 100)}`);
}

// BENCH_LH_URL audits a server that is already running (see lighthouse-no-mock.ts) instead of the preview build.
const base = process.env.BENCH_LH_URL ?? PREVIEW_URL;
const server = process.env.BENCH_LH_URL ? { stop: () => undefined } : await startPreview({ build: false });
const chromium = await launchDebuggableChromium();
try {
  for (const route of ROUTES) {
    for (const preset of ['mobile', 'desktop'] as const) {
      const runs: Result[] = [];
      for (let run = 0; run < RUNS; run++) runs.push(await audit(chromium.port, `${base}${route}`, preset));
      const score = (lhr: Result, c: (typeof CATEGORIES)[number]) => Math.round(lhr.categories[c]!.score! * 100);
      const metric = (id: string) => median(runs.map((lhr) => lhr.audits[id]!.numericValue!));
      const byPerformance = [...runs].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
      const typical = byPerformance[Math.floor(runs.length / 2)]!;
      console.log(`Lighthouse ${preset} ${route}${process.env.BENCH_LH_LABEL ?? ''} (median of ${RUNS})`);
      console.log(
        `  performance ${median(runs.map((r) => score(r, 'performance')))} (${runs.map((r) => score(r, 'performance')).join(', ')}), ` +
          `accessibility ${median(runs.map((r) => score(r, 'accessibility')))}, ` +
          `best practices ${median(runs.map((r) => score(r, 'best-practices')))}; performance ${budget(route, preset)}`,
      );
      console.log(
        `  FCP ${(metric('first-contentful-paint') / 1000).toFixed(2)} s, LCP ${(metric('largest-contentful-paint') / 1000).toFixed(2)} s, ` +
          `TBT ${metric('total-blocking-time').toFixed(0)} ms, CLS ${metric('cumulative-layout-shift').toFixed(3)}, ` +
          `speed index ${(metric('speed-index') / 1000).toFixed(2)} s`,
      );
      if (process.env.BENCH_LH_SAVE) {
        writeFileSync(
          join(process.env.BENCH_LH_SAVE, `${preset}${route.replace(/\W+/g, '-')}.json`),
          JSON.stringify(typical),
        );
      }
      for (const category of CATEGORIES) {
        const lost = lostPoints(typical, category);
        if (lost.length > 0) console.log(`  ${category} lost on: ${lost.join(', ')}`);
      }
    }
  }
} finally {
  await chromium.close();
  server.stop();
}
