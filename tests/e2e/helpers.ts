import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

/** A committed data file, read on the test side to know what the page must show. */
export function dataFile<T>(name: string): T {
  return JSON.parse(readFileSync(join(import.meta.dirname, '../../data', name), 'utf8')) as T;
}

/**
 * Waits until `count` charts have finished a render with data, and checks that none is blank. A wait, not a speed
 * check (speed is the benchmark's): the wall's five charts took over 10 s on a VM at a load of 9 on two cores, against
 * 2.2 s at rest.
 */
export async function expectChartsDrawn(page: Page, count: number, timeout = 20_000): Promise<void> {
  await expect(page.locator('[data-chart-drawn="true"]')).toHaveCount(count, { timeout });
  const drawn = await page.locator('[data-chart-drawn="true"]').evaluateAll((charts) =>
    charts.map((chart) => {
      // A snapshot (a recipe's chart before a pointer comes to it) is SVG: its longest path, in segments, is a line
      // of the data; bars and symbols are items ECharts marks as the chart's (`ecmeta_ssr_type`).
      if (chart.hasAttribute('data-chart-snapshot')) {
        const segments = [...chart.querySelectorAll('svg path')].map(
          (path) => (path.getAttribute('d') ?? '').match(/[LC]/g)?.length ?? 0,
        );
        const items = chart.querySelectorAll('svg [ecmeta_ssr_type="chart"]').length;
        return { kind: 'snapshot', amount: Math.max(items, ...segments) };
      }
      // A live chart: ink over all its canvases (ECharts may add a layer of its own, e.g. for hover or an effect).
      let painted = 0;
      for (const node of chart.querySelectorAll('canvas')) {
        const { data } = node.getContext('2d')!.getImageData(0, 0, node.width, node.height);
        for (let i = 3; i < data.length; i += 4 * 16) if (data[i]! > 0) painted += 1;
      }
      return { kind: 'canvas', amount: painted };
    }),
  );
  for (const { kind, amount } of drawn) expect(amount).toBeGreaterThan(kind === 'snapshot' ? 10 : 500);
}

/** Fails the test if the page ever opens a dialog (a script injected through data would). */
export function forbidDialogs(page: Page): void {
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
}

/** Collects page errors and console errors and warnings; a clean page leaves the list empty. */
export function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  return problems;
}

/** An English page shows no Chinese anywhere (header, main, footer), except the language switch's "中文". */
export async function expectNoChinese(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text.replace('中文', '').match(/[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]+/gu)).toBeNull();
}

/** Records every Content-Security-Policy violation the page reports, from its first script on; call before `goto`. */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/**
 * Counts the API requests the page makes from now on. The mock answers them inside the page (they never reach the
 * network, so Playwright does not see them): the count wraps the page's `fetch`, over the mock's own interceptor.
 */
export async function countApiRequests(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const intercepted = window.fetch.bind(window);
    const counter = window as unknown as { apiRequests: number };
    counter.apiRequests = 0;
    window.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.includes('/api/v1/')) counter.apiRequests += 1;
      return intercepted(input, init);
    };
  });
  return () => page.evaluate(() => (window as unknown as { apiRequests: number }).apiRequests);
}
