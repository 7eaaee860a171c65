import type { Browser, Page, Worker } from '@playwright/test';

export interface Visit {
  drawnAt: number;
  paintAt: number;
  scripts: string[];
}

/** One fresh visit: navigation → first chart drawn and → first contentful paint, and the scripts loaded by then. */
export async function visit(browser: Browser, url: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    const handle = await page.waitForFunction(
      () => performance.getEntriesByName('first-chart-drawn')[0]?.startTime ?? null,
      null,
      { timeout: 15_000 },
    );
    const drawnAt = (await handle.jsonValue()) as number;
    const paintAt = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    );
    // The page's scripts and its workers' (the mock API's data chunks, ECharts' in the snapshot worker), on the
    // page's clock.
    const pageOrigin = await page.evaluate(() => performance.timeOrigin);
    const loadedBefore = ({ before, origin }: { before: number; origin: number }) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js') && performance.timeOrigin - origin + e.startTime < before)
        .map((e) => e.name);
    const loaded = (scope: Page | Worker) =>
      (scope as Page).evaluate(loadedBefore, { before: drawnAt, origin: pageOrigin });
    const scripts = (await Promise.all([page, ...page.workers()].map(loaded))).flat();
    return { drawnAt, paintAt, scripts };
  } finally {
    await context.close();
  }
}
