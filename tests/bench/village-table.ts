/**
 * Part of `npm run bench`: the village table on `/sewers` (759 rows, virtualized). Prints how long a filter takes
 * from the input event until the narrowed table is painted (search keystroke, status, town), and the frame intervals
 * while the list scrolls from the first row to the last and back.
 */
import type { Page } from '@playwright/test';
import { launchChromium, PREVIEW_URL, startPreview } from '../tools/preview-server';

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * q)]!;

/** Milliseconds from `act` until the row count says `expected` and the next frame has been painted. */
async function timeUntilCount(page: Page, act: () => Promise<unknown>, expected: RegExp): Promise<number> {
  await page.evaluate(
    'window.t0_ = 0; document.addEventListener("input", () => { window.t0_ = performance.now(); }, { capture: true, once: true }); document.addEventListener("change", () => { window.t0_ = window.t0_ || performance.now(); }, { capture: true, once: true });',
  );
  await act();
  await page.locator('.row-count').filter({ hasText: expected }).waitFor();
  return page.evaluate(
    'new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now() - window.t0_)))',
  );
}

const server = await startPreview({ build: false });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${PREVIEW_URL}/sewers`);
  await page.locator('.row-count').filter({ hasText: '759 / 759' }).waitFor();
  console.log('route /sewers (759 villages, virtualized table)');

  const search = page.getByLabel('搜索村名（汉字或拼音）');
  const times: Record<string, number[]> = { search: [], status: [], town: [] };
  for (let round = 0; round < 5; round++) {
    times.search!.push(await timeUntilCount(page, () => search.fill('塘'), /^\d+ \/ 759/));
    times.search!.push(await timeUntilCount(page, () => search.fill(''), /^759 \/ 759/));
    times.status!.push(
      await timeUntilCount(
        page,
        () => page.getByLabel('状态', { exact: true }).selectOption('not_started'),
        /^2\d\d \/ 759/,
      ),
    );
    times.status!.push(
      await timeUntilCount(page, () => page.getByLabel('状态', { exact: true }).selectOption(''), /^759 \/ 759/),
    );
    times.town!.push(
      await timeUntilCount(page, () => page.getByLabel('镇', { exact: true }).selectOption('luoyang'), /^85 \/ 759/),
    );
    times.town!.push(
      await timeUntilCount(page, () => page.getByLabel('镇', { exact: true }).selectOption(''), /^759 \/ 759/),
    );
  }
  for (const [what, ms] of Object.entries(times)) {
    console.log(
      `  filter by ${what}: median ${quantile(ms, 0.5).toFixed(0)} ms, longest ${Math.max(...ms).toFixed(0)} ms (${ms.length} changes)`,
    );
  }

  const scroller = page.getByRole('region', { name: '村庄列表（可滚动）' });
  await scroller.scrollIntoViewIfNeeded();
  const frames = await page.evaluate<number[]>(`new Promise((resolve) => {
    const node = document.querySelector('.village-scroll');
    const frames = [];
    let last = performance.now();
    let direction = 1;
    const step = (now) => {
      frames.push(now - last);
      last = now;
      node.scrollTop += direction * 120;
      if (direction === 1 && node.scrollTop + node.clientHeight >= node.scrollHeight - 1) direction = -1;
      if (direction === -1 && node.scrollTop <= 0) return resolve(frames.slice(1));
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  })`);
  const rows = await scroller.locator('tbody tr[aria-rowindex]').count();
  console.log(
    `  scroll 759 rows down and up (120 px a frame): ${frames.length} frames, median ${quantile(frames, 0.5).toFixed(1)} ms, p95 ${quantile(frames, 0.95).toFixed(1)} ms, longest ${Math.max(...frames).toFixed(1)} ms; ${rows} rows in the DOM`,
  );
} finally {
  await browser.close();
  server.stop();
}
