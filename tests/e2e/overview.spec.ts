import { expect, test } from '@playwright/test';
import { collectProblems, dataFile, expectChartsDrawn, expectNoChinese } from './helpers';

interface Readings {
  values: Record<string, { nh3n: (number | null)[]; tn: (number | null)[] }>;
}
const readings = dataFile<Readings>('readings.json');
const { villages } = dataFile<{ villages: { status: string; pipelineKm: { built: number } }[] }>(
  'sewers-villages.json',
);
const completed = villages.filter((v) => v.status === 'completed').length;
const builtKm = villages.reduce((sum, v) => sum + v.pipelineKm.built, 0);
const latest = (values: (number | null)[]) =>
  values
    .filter((v): v is number => v !== null)
    .at(-1)!
    .toFixed(3);

test('the overview draws its charts with data, in Chinese by default', async ({ page }) => {
  const problems = collectProblems(page);
  await page.goto('/');
  await expect(page).toHaveTitle('滆湖水环境看板');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByText(latest(readings.values['gh-c']!.nh3n), { exact: true })).toBeVisible();
  await expect(page.getByText(latest(readings.values['gh-c']!.tn), { exact: true })).toBeVisible();
  await expect(page.getByText(String(completed), { exact: true })).toBeVisible();
  await expect(page.getByText(builtKm.toFixed(1), { exact: true })).toBeVisible();
  await expect(page.getByText('模拟数据').first()).toBeVisible();
  // Shanghai time although the browser runs in Los Angeles
  await expect(page.getByText('滆湖心 · 2024-03-31 20:00').first()).toBeVisible();
  await expectChartsDrawn(page, 3);
  await expect(page.getByRole('img', { name: /滆湖心氨氮与总氮日均值折线图/ })).toBeVisible();
  expect(problems).toEqual([]);
});

test('a language in a shared link is remembered', async ({ page }) => {
  await page.goto('/sewers?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'Tao-Ge rural sewage programme' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByText('Latest NH3-N')).toBeVisible();
});

test('the overview is complete in English', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page).toHaveTitle('Ge Lake Water Dashboard');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('Latest NH3-N')).toBeVisible();
  await expect(page.getByText('Illustrative data').first()).toBeVisible();
  await expectChartsDrawn(page, 3);
  await expectNoChinese(page);
});

test('the first charts show as drawings, and a pointer makes one live, with its tooltip', async ({ page }) => {
  await page.goto('/?lang=en');
  await expectChartsDrawn(page, 3);
  const snapshot = page.locator('[data-chart-snapshot]').first();
  await expect(page.locator('[data-chart-snapshot]')).toHaveCount(2);
  const box = (await snapshot.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  // Live: the other chart stays a drawing; this one is ECharts, and shows the day under the pointer.
  await expect(page.locator('[data-chart-snapshot]')).toHaveCount(1);
  const tooltip = page.locator('[data-chart] div').filter({ hasText: /^\d{4}-\d{2}-\d{2}\s*NH3-N: [\d.]+ mg\/L/ });
  await expect(tooltip.first()).toBeVisible();
  await expect(page.locator('.chart-cover')).toHaveCount(0);
  await expectChartsDrawn(page, 3);
});

test('the language switch goes into the URL and is remembered', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('氨氮 最新值')).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page).toHaveURL(/[?&]lang=en/);
  await expect(page.getByText('Latest NH3-N')).toBeVisible();
  // The charts are drawn again in English, none left behind: the two snapshots (the trend's axes say NH3-N and TN
  // now) and the map's ECharts instance.
  const trend = page.getByRole('img', { name: /Line chart of daily mean NH3-N/ });
  await expect(trend.locator('svg text').filter({ hasText: 'NH3-N (mg/L)' })).toHaveCount(1);
  await expect(page.locator('[data-chart]')).toHaveCount(3);
  await expect(page.locator('[data-chart-snapshot]')).toHaveCount(2);
  await expect(page.locator('[_echarts_instance_]')).toHaveCount(1);
  await page.goto('/');
  await expect(page.getByText('Latest NH3-N')).toBeVisible();
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
});

test('navigation reaches every route, keeping the language', async ({ page }) => {
  await page.goto('/?lang=en');
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  for (const [name, path, heading] of [
    ['Water quality', '/water-quality', 'Ge Lake water quality through the Xinmeng River transfer'],
    ['Sewers', '/sewers', 'Tao-Ge rural sewage programme'],
  ] as const) {
    await nav.getByRole('link', { name }).click();
    await expect(page).toHaveURL(new RegExp(`${path}\\?lang=en$`));
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
  }
  // The wall has a screen of its own, without the desk's navigation, and a way back.
  await nav.getByRole('link', { name: 'Wall' }).click();
  await expect(page).toHaveURL(/\/wall\?lang=en$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Ge Lake water · Tao-Ge rural sewers' })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  // The wall's controls fade after 3 s without movement; a presenter's mouse wakes them on its way to the link.
  // (The wake and the click are retried together: a busy machine may take the 3 s between them.)
  let x = 100;
  await expect(async () => {
    await page.mouse.move((x += 10), 100);
    await page.getByRole('link', { name: 'Back to the overview' }).click({ timeout: 2000 });
  }).toPass({ timeout: 15_000 });
  await expectChartsDrawn(page, 3);
  await expect(page).toHaveURL(/\/\?lang=en$/);
});

test('a link low on a page opens the next page at its top; back returns to the page', async ({ page }) => {
  await page.goto('/?lang=en');
  const link = page.getByRole('link', { name: /The full briefing/ });
  await link.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  await link.click();
  await expect(page).toHaveURL(/\/brief\?lang=en$/);
  await expect(page.getByRole('button', { name: 'Print / save as PDF' })).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.goBack();
  await expect(page).toHaveURL(/\/\?lang=en$/);
  await expect(page.getByRole('link', { name: /The full briefing/ })).toBeVisible();
});

test('a deep link to a route works from the static build', async ({ page }) => {
  await page.goto('/sewers');
  await expect(page.getByRole('heading', { level: 1, name: '洮滆片区农村污水治理进度' })).toBeVisible();
});

test('an unknown page says so', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: '找不到此页面' })).toBeVisible();
});

test('bad URL parameters fall back to the defaults', async ({ page }) => {
  await page.goto('/?lang=klingon&mock=nonsense');
  await expect(page.getByText('氨氮 最新值')).toBeVisible();
  await expectChartsDrawn(page, 3);
});

test('charts follow the size of their container', async ({ page }) => {
  await page.goto('/');
  await expectChartsDrawn(page, 3);
  // Each chart's drawing: a snapshot's SVG, or a live chart's first canvas (ECharts may add a layer of its own, at
  // the same size). A snapshot is drawn for one size: resized, it goes live, and the live chart follows.
  const widths = () =>
    page
      .locator('[data-chart]')
      .evaluateAll((nodes) =>
        nodes.map((n) => Math.round(n.querySelector('canvas, svg')?.getBoundingClientRect().width ?? 0)),
      );
  const wide = await widths();
  await page.setViewportSize({ width: 1000, height: 900 });
  await expect.poll(widths).not.toEqual(wide);
  await expect(page.locator('[data-chart-snapshot]')).toHaveCount(0);
  await expectChartsDrawn(page, 3);
  const containers = await page.locator('[data-chart]').evaluateAll((nodes) => nodes.map((n) => n.clientWidth));
  expect(await widths()).toEqual(containers);
});

test('the schematic map places the stations and towns, says it is a schematic, and opens as a table', async ({
  page,
}) => {
  await page.goto('/');
  await expectChartsDrawn(page, 3);
  const map = page.getByRole('region', { name: '示意图：调水入湖与各镇进度' });
  await expect(map.getByRole('img', { name: /示意图：滆湖轮廓.*5 个站点.*7 个镇/ })).toBeVisible();
  await expect(map).toContainText('示意图，非测绘成果');
  await expect(map).toContainText('新孟河抗旱调水试运行：2023-10-10 至 2023-12-31');
  await map.getByText('以表格查看').click();
  const [stations, towns] = [map.getByRole('table').nth(0), map.getByRole('table').nth(1)];
  await expect(stations.locator('tbody tr')).toHaveCount(5);
  await expect(stations.getByRole('row', { name: /滆湖心/ })).toContainText(/Ⅱ类|Ⅲ类|Ⅰ类|Ⅳ类|Ⅴ类|劣Ⅴ类/);
  await expect(towns.locator('tbody tr')).toHaveCount(7);
  await expect(towns.getByRole('row', { name: /洛阳镇/ })).toContainText('%');
});

for (const language of ['zh', 'en'] as const)
  test(`${language}: on a phone the key points and the map stack, each the page's full width`, async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 915 });
    await page.goto(language === 'en' ? '/?lang=en' : '/');
    // The row is made when the reader nears it, and the page grows as its charts arrive: scroll until it is there.
    const keyPoints = page.locator('.overview-key-points .key-points-list');
    await expect(async () => {
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await expect(keyPoints.locator('li').first()).toBeVisible({ timeout: 1000 });
    }).toPass();
    await expect(page.locator('.map-panel canvas, .map-panel svg').first()).toBeVisible();
    const [points, map, main] = await Promise.all(
      ['.overview-lower > .overview-key-points', '.overview-lower > .map-panel', 'main'].map((selector) =>
        page.locator(selector).first().boundingBox(),
      ),
    );
    // Side by side they were two columns of about 180 px; stacked, each is the row's width, one under the other.
    expect(points!.width).toBeGreaterThan(main!.width - 60);
    expect(Math.abs(map!.width - points!.width)).toBeLessThan(2);
    expect(map!.y).toBeGreaterThanOrEqual(points!.y + points!.height);
  });
