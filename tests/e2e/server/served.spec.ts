/**
 * The app served by the bureau server (DESIGN §10 "The same app"): the same `dist/`, reading the server's meta tag,
 * starts no mock and shows the database's data on every route and on the wall.
 */
import { expect, test } from '@playwright/test';
import { expectChartsDrawn } from '../helpers';

test('the desk starts no mock: nothing of MSW or its worker is fetched, and the charts draw the served data', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/');
  await expect(page.locator('meta[name="gehu-api"]')).toHaveAttribute('content', 'server');
  await expectChartsDrawn(page, 3);
  expect(requested.filter((path) => /server\.worker|mockServiceWorker|\/browser-/.test(path))).toEqual([]);
  expect(requested).toContain('/api/v1/meta');
  expect(requested).toContain('/api/v1/changes');
  await expect(page.locator('.illustrative-mark')).toContainText('模拟数据');
});

test.describe('every main route, on the server', () => {
  for (const [path, charts] of [
    ['/water-quality', 2],
    ['/sewers', 3],
  ] as const) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await expectChartsDrawn(page, charts);
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  }

  test('/brief', async ({ page }) => {
    await page.goto('/brief');
    // The briefing draws its vector charts once the page has settled (a pointer moving counts).
    await page.locator('.brief-sheet').first().waitFor();
    await page.mouse.move(10, 10);
    await expect(page.locator('.brief [data-chart-drawn="true"]')).toHaveCount(5, { timeout: 20_000 });
    await expect(page.locator('.brief-sheet li').first()).toContainText(
      '调水期间滆湖心氨氮均值较调水前 30 天下降 40.4%',
    );
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('/data says the server holds the data and offers no browser import', async ({ page }) => {
    await page.goto('/data');
    await expect(page.locator('.page-lead')).toContainText('由局里的服务器统一提供数据');
    await expect(page.getByRole('button', { name: '选择文件' })).toHaveCount(0);
  });

  test('/wall', async ({ page }) => {
    await page.goto('/wall?rotate=0');
    await expectChartsDrawn(page, 5);
    await expect(page.locator('.wall-illustrative')).toContainText('模拟数据');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
