import { expect, test, type Page } from '@playwright/test';
import { expectChartsDrawn } from './helpers';

/** Records every Content-Security-Policy violation the page reports, from its first script on. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

for (const { path, charts } of [
  { path: '/', charts: 2 },
  { path: '/water-quality', charts: 2 },
  { path: '/sewers', charts: 3 },
  { path: '/wall?rotate=1&refresh=2', charts: 4 },
]) {
  test(`${path.split('?')[0]} runs whole under its Content-Security-Policy`, async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto(path);
    await expectChartsDrawn(page, charts);
    // A tooltip is ECharts markup with inline styles: it must show, styled.
    const chart = page.locator('[data-chart] canvas').first();
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
    await page.waitForTimeout(300);
    expect(await violations()).toEqual([]);
  });
}

test('the policy runs no inline script and no eval', async ({ page }) => {
  await page.goto('/');
  await expectChartsDrawn(page, 2);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/script-src[^;]*unsafe/);
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.head.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    let evalRan = false;
    try {
      evalRan = (0, eval)('true') as boolean;
    } catch {
      // blocked, as it must be
    }
    return { inline: (window as unknown as { inlineRan?: boolean }).inlineRan === true, evalRan };
  });
  expect(ran).toEqual({ inline: false, evalRan: false });
});
