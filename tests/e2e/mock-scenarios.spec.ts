import { expect, test } from '@playwright/test';
import { expectChartsDrawn, forbidDialogs } from './helpers';

test('slow shows loading, then the data', async ({ page }) => {
  await page.goto('/?mock=slow');
  await expect(page.getByRole('status').filter({ hasText: '正在加载' }).first()).toBeVisible();
  await expect(page.getByText('氨氮 最新值')).toBeVisible();
  await expectChartsDrawn(page, 2);
});

test('error says what went wrong and retries on request', async ({ page }) => {
  await page.goto('/?mock=error');
  const alerts = page.getByRole('alert');
  await expect(alerts).toHaveCount(4);
  await expect(alerts.first()).toContainText('数据服务返回错误（500）');
  const retried = page.waitForRequest((request) => request.url().includes('/api/v1/'));
  await alerts.first().getByRole('button', { name: '重试' }).click();
  await retried;
  await expect(alerts.first()).toContainText('数据加载失败');
});

test('error:sewers leaves the water panels working', async ({ page }) => {
  await page.goto('/?mock=error:sewers&lang=en');
  await expect(page.getByRole('alert')).toHaveCount(2);
  await expect(page.getByText('Latest NH3-N')).toBeVisible();
  await expect(page.locator('[data-chart-drawn="true"]')).toHaveCount(1);
  await expect(page.getByText('Change during the transfer')).toBeVisible();
});

test('malformed names the broken contract', async ({ page }) => {
  await page.goto('/?mock=malformed&lang=en');
  await expect(page.getByRole('alert').first()).toContainText('breaks the API contract');
  await page.getByRole('alert').first().getByText('Technical details').click();
  await expect(page.getByRole('alert').first()).toContainText(/GET \/\S+: /);
});

test('empty says there is no data', async ({ page }) => {
  await page.goto('/?mock=empty');
  await expect(page.getByText('暂无数据')).toHaveCount(4);
  await expect(page.getByText('/ 0')).toHaveCount(0);
});

test('hostile shows markup as text and runs no script', async ({ page }) => {
  forbidDialogs(page);
  await page.goto('/?mock=hostile&lang=en');
  await expect(page.getByText('<img src=x onerror=alert(1)>', { exact: false }).first()).toBeVisible();
  await expectChartsDrawn(page, 2);
  await expect(page.locator('main img')).toHaveCount(0);
});

test('outage: normal, then 503 for 20 s from the tenth second, then normal again', async ({ page }) => {
  await page.clock.install();
  await page.goto('/?mock=outage');
  await expectChartsDrawn(page, 2);
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
