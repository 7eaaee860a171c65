import { expect, test } from '@playwright/test';
import { expectChartsDrawn } from './helpers';

/**
 * On a phone, nothing on the first screen moves when the data arrives: every place a figure, a line of text or a
 * chart fills is kept for it from the first frame. The `slow` scenario holds the data back 2–3 s, so that the page's
 * frame is surely laid out before it. (`/water-quality` is not here yet: under `slow` its controls fill in as each of
 * four answers arrives, in any order, and still move a little, 0.013.)
 */
// Lighthouse's phone: its screen, its pixel ratio.
test.use({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });

for (const route of ['/', '/sewers']) {
  test(`${route}: no layout shift on a phone as the data arrives`, async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: string[] = [];
      (window as unknown as { shifts: string[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {
          value: number;
          hadRecentInput: boolean;
          sources: { node?: Node | null }[];
        }[]) {
          if (entry.hadRecentInput) continue;
          const moved = entry.sources.map((s) => (s.node instanceof Element ? s.node.className : s.node?.nodeName));
          shifts.push(`${entry.value.toFixed(4)}: ${moved.join(', ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${route}?mock=slow`);
    // Each of these pages draws two charts first.
    await expectChartsDrawn(page, 2);
    // A frame for any shift the drawing caused to be reported.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
    expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
  });
}
