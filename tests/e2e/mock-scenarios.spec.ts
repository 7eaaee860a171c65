import { expect, test } from '@playwright/test';
import { expectChartsDrawn } from './helpers';

// Each scenario on each route, in both languages: failure.spec.ts. Here: a group, the outage, the page's life.

test('error:sewers leaves the water panels working', async ({ page }) => {
  await page.goto('/?mock=error:sewers&lang=en');
  // The sewer KPIs, the sewer chart, and the key points and the map, which read the towns' figures too.
  await expect(page.getByRole('alert')).toHaveCount(4);
  await expect(page.getByText('Latest NH3-N')).toBeVisible();
  await expect(page.locator('[data-chart-drawn="true"]')).toHaveCount(1);
  await expect(page.getByText('Change during the transfer')).toBeVisible();
});

test('outage: normal, then 503 for 20 s from the tenth second, then normal again', async ({ page }) => {
  await page.clock.install();
  await page.goto('/?mock=outage');
  await expectChartsDrawn(page, 3);
  const status = () => page.evaluate(async () => (await fetch('/api/v1/meta')).status);
  expect(await status()).toBe(200);
  await page.clock.fastForward(12_000);
  expect(await status()).toBe(503);
  await page.clock.fastForward(20_000);
  expect(await status()).toBe(200);
});

test('the scenario lasts for the life of the page across in-app navigation', async ({ page }) => {
  await page.goto('/?mock=empty:sewers');
  await expect(page.getByText('暂无数据')).toHaveCount(2);
  await page.getByRole('link', { name: '水质', exact: true }).click();
  await page.getByRole('link', { name: '总览', exact: true }).click();
  await expect(page).toHaveURL(/mock=empty%3Asewers|mock=empty:sewers/);
  await expect(page.getByText('暂无数据')).toHaveCount(2);
});
