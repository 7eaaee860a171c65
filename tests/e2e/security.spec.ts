import { expect, test } from '@playwright/test';
import { expectChartsDrawn } from './helpers';

// Every route runs under the policy without a violation: checked with the accessibility scans, which visit them all.

test('the policy runs no inline script and no eval', async ({ page }) => {
  await page.goto('/');
  await expectChartsDrawn(page, 3);
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
