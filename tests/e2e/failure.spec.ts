import { expect, test, type Page } from '@playwright/test';
import { HOSTILE_MARKUP } from '../../mocks/scenarios';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';
import { countApiRequests, expectChartsDrawn, expectNoChinese, forbidDialogs } from './helpers';

/**
 * Every route under every failing mock scenario: what a user sees when the API is slow, fails, breaks its contract, has
 * nothing, or sends markup. The wall runs with rotation and refresh off, so that what it shows is the first answer's.
 * In Chinese on every route; in English on the overview and the wall, the two kinds of screen whose states are worded
 * apart (the desk pages share the overview's, and the catalogue test holds every key in both languages).
 */
const ROUTES = [
  { path: '/', charts: 3 },
  { path: '/water-quality', charts: 2 },
  { path: '/sewers', charts: 3 },
  { path: '/wall?rotate=0&refresh=0', charts: 5 },
] as const;

const catalogues = { zh, en };

const open = (page: Page, path: string, query: string) => page.goto(`${path}${path.includes('?') ? '&' : '?'}${query}`);

for (const language of ['zh', 'en'] as const) {
  const m = catalogues[language];
  for (const { path, charts } of ROUTES) {
    const route = path.split('?')[0];
    if (language === 'en' && route !== '/' && route !== '/wall') continue;
    test.describe(`${route} in ${language}`, () => {
      test('slow: shows loading, then the data', async ({ page }) => {
        await open(page, path, `mock=slow&lang=${language}`);
        const loading = route === '/wall' ? m.wall.loading : m.state.loading;
        await expect(page.getByText(loading).first()).toBeVisible();
        // Then the data, after several round trips of 2–3 s: once per kind of screen (a desk page, the wall), in the
        // default language, as the wait is long and the same on every page and in both languages.
        if (language === 'zh' && (route === '/' || route === '/wall')) await expectChartsDrawn(page, charts, 25_000);
      });

      test('error: says the service failed, and the retry asks again', async ({ page }) => {
        await open(page, path, `mock=error&lang=${language}`);
        const alert = page.getByRole('alert').first();
        await expect(alert).toContainText(m.state.errorKind.http.replace('{{status}}', '500'));
        const requests = await countApiRequests(page);
        await alert.getByRole('button', { name: m.state.retry }).click();
        await expect.poll(requests).toBeGreaterThan(0);
        await expect(page.getByRole('alert').first()).toContainText(m.state.errorTitle);
        await expect(page.locator('[data-chart-drawn="true"]')).toHaveCount(0);
      });

      test('malformed: names the broken contract, with a retry', async ({ page }) => {
        await open(page, path, `mock=malformed&lang=${language}`);
        const alert = page.getByRole('alert').first();
        await expect(alert).toContainText(m.state.errorKind.schema);
        await expect(alert.getByRole('button', { name: m.state.retry })).toBeVisible();
        await alert.getByText(m.state.technical).click();
        await expect(alert).toContainText(/GET \/\S+: /);
      });

      test('empty: says there is no data, never "0 of"', async ({ page }) => {
        await open(page, path, `mock=empty&lang=${language}`);
        await expect(page.getByText(m.state.empty).first()).toBeVisible();
        await expect(page.getByText('/ 0')).toHaveCount(0);
        await expect(page.locator('[data-chart-drawn="true"]')).toHaveCount(0);
        await expect(page.getByRole('alert')).toHaveCount(0);
      });

      // Markup stays text whatever the language: checked once, in the default one.
      if (language === 'zh')
        test('hostile: shows markup as text and runs no script', async ({ page }) => {
          forbidDialogs(page);
          await open(page, path, `mock=hostile&lang=${language}`);
          await expectChartsDrawn(page, charts);
          await expect(page.getByText(HOSTILE_MARKUP, { exact: false }).first()).toBeVisible();
          await expect(page.locator('img, b')).toHaveCount(0);
        });
    });
  }
}

test('a retry after the service comes back shows the data', async ({ page }) => {
  await page.clock.install();
  await page.goto('/?mock=outage');
  await expectChartsDrawn(page, 3);
  // From the tenth second the API answers 503 for 20 s: the sewer page's villages have not been asked for yet.
  await page.clock.fastForward(12_000);
  await page.getByRole('link', { name: '管网建设', exact: true }).click();
  const alert = page.getByRole('alert').first();
  await page.clock.fastForward(2_000);
  await expect(alert).toContainText('数据服务返回错误（503）');
  await page.clock.fastForward(20_000);
  // One retry can bring back several panels (they share queries): press the first left until none is.
  const retries = page.getByRole('button', { name: '重试' });
  for (let i = 0; i < 10 && (await retries.count()) > 0; i++) {
    await retries
      .first()
      .click({ timeout: 2_000 })
      .catch(() => undefined); // gone already, brought back by the one before
  }
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('.village-table tbody tr').first()).toBeVisible();
});

test.describe('bad URL parameters fall back to the defaults', () => {
  test('/sewers', async ({ page }) => {
    await page.goto('/sewers?town=%3Cscript%3E&measure=litres&status=done&sort=-x&q=');
    await expectChartsDrawn(page, 3);
    await expect(page.getByRole('radio', { name: '村庄数' })).toBeChecked();
    await expect(page.getByText('759 / 759 个村')).toBeVisible();
  });

  test('/wall', async ({ page }) => {
    await page.goto('/wall?rotate=-3&refresh=soon&replay=maybe&lang=fr');
    await expectChartsDrawn(page, 5);
    await expect(page.getByText('每 20 秒轮换')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('滆湖水环境 · 洮滆片区污水治理');
  });
});

test('/wall in English carries no Chinese but the name of the language', async ({ page }) => {
  await page.goto('/wall?rotate=0&refresh=0&lang=en');
  await expectChartsDrawn(page, 5);
  await expectNoChinese(page);
});
