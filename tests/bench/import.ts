/**
 * Part of `npm run bench` (DESIGN §6 "import"): a 130 000-row CSV (5 stations × 3 years hourly, ~5.7 MB) from file
 * chosen → preview shown (budget ≤ 5 s, no main-thread task over 200 ms), and confirm → the import active and the
 * overview's first chart drawn on it (budget ≤ 2 s). Three rounds in fresh pages; every long task on the page's main
 * thread is reported with its length.
 */
import { launchChromium, PREVIEW_URL, startPreview } from '../tools/preview-server';
import { bigCsv, HOURS, STATIONS } from './big-csv';

const csv = bigCsv();
const server = await startPreview({ build: !process.argv.includes('--no-build') });
const browser = await launchChromium();
const rounds: { preview: number; activate: number; overview: number; longest: number; long: number }[] = [];
try {
  for (let round = 0; round < 3; round++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { longTasks: [number, number][] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longTasks.push([entry.startTime, entry.duration]);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${PREVIEW_URL}/data`);
    await page.getByRole('heading', { name: '当前数据' }).waitFor();
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      const w = window as unknown as { chosenAt: number };
      document.addEventListener('change', () => (w.chosenAt = performance.now()), { capture: true, once: true });
    });
    await page
      .getByRole('region', { name: '导入水质数据' })
      .getByLabel('选择文件')
      .setInputFiles({ name: 'three-years.csv', mimeType: 'text/csv', buffer: csv });
    await page.getByRole('button', { name: '确认导入' }).waitFor({ timeout: 60_000 });
    const preview = await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() =>
            resolve(performance.now() - (window as unknown as { chosenAt: number }).chosenAt),
          ),
        ),
    );
    // From the change event on: Playwright hands the file over inside the page, in a long task of its own before it.
    const longTasks = await page.evaluate(() => {
      const w = window as unknown as { longTasks: [number, number][]; chosenAt: number };
      return w.longTasks.filter(([start]) => start >= w.chosenAt).map(([, duration]) => duration);
    });

    const confirmedAt = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.locator('.illustrative-mark', { hasText: '导入数据' }).waitFor({ timeout: 30_000 });
    const activate = (await page.evaluate(() => performance.now())) - confirmedAt;
    const navigatedAt = await page.evaluate(() => performance.now());
    await page.getByRole('link', { name: '总览', exact: true }).click();
    await page.locator('[data-chart-drawn="true"]').first().waitFor({ timeout: 30_000 });
    const overview = (await page.evaluate(() => performance.now())) - navigatedAt;
    rounds.push({
      preview,
      activate,
      overview,
      longest: Math.max(0, ...longTasks),
      long: longTasks.filter((t) => t > 200).length,
    });
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pick = (key: keyof (typeof rounds)[number]) => rounds.map((r) => r[key]);
const range = (xs: number[]) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;
console.log(
  `import of ${STATIONS.length * HOURS} rows (${(csv.length / 1e6).toFixed(1)} MB CSV), ${rounds.length} rounds`,
);
console.log(
  `  file chosen → preview shown:        median ${median(pick('preview')).toFixed(0)} ms (${range(pick('preview'))})   budget ≤ 5000 ms`,
);
console.log(
  `  longest main-thread task meanwhile: median ${median(pick('longest')).toFixed(0)} ms (${range(pick('longest'))}), tasks over 200 ms: ${pick('long').join(', ')}   budget ≤ 200 ms`,
);
console.log(
  `  confirm → import active (mark):     median ${median(pick('activate')).toFixed(0)} ms (${range(pick('activate'))})`,
);
console.log(
  `  then overview's first chart:        median ${median(pick('overview')).toFixed(0)} ms (${range(pick('overview'))})`,
);
const total = rounds.map((r) => r.activate + r.overview);
console.log(
  `  confirm → a screen on the new data: median ${median(total).toFixed(0)} ms (${range(total)})   budget ≤ 2000 ms`,
);
