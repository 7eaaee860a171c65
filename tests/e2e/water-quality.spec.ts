import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { collectProblems, dataFile, expectChartsDrawn, forbidDialogs, expectNoChinese } from './helpers';

interface Readings {
  start: string;
  values: Record<string, { nh3n: (number | null)[]; tn: (number | null)[] }>;
}
const readings = dataFile<Readings>('readings.json');
const slotOf = (iso: string) => (Date.parse(iso) - Date.parse(readings.start)) / (4 * 3600_000);
const csvValue = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/**
 * A hash of what a chart shows, to tell whether it was redrawn differently: its snapshot's SVG, or once live, its
 * canvas.
 */
const chartPrint = (page: Page, index: number) =>
  page
    .locator('[data-chart]')
    .nth(index)
    .evaluate((chart) => {
      let hash = 0;
      const canvas = chart.querySelector('canvas');
      if (!canvas) {
        for (const char of chart.innerHTML) hash = (hash * 31 + char.charCodeAt(0)) | 0;
        return `svg ${hash}`;
      }
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 0; i < data.length; i += 7) hash = (hash * 31 + data[i]!) | 0;
      return `canvas ${hash}`;
    });

test('both trends are drawn with data, the transfer and the class limits named, in Chinese', async ({ page }) => {
  const problems = collectProblems(page);
  await page.goto('/water-quality');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('滆湖水质：新孟河调水前后');
  await expectChartsDrawn(page, 2);
  await expect(page.getByRole('img', { name: /^氨氮折线图/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^总氮折线图/ })).toBeVisible();
  await expect(page.getByText('2023-07-01 至 2024-03-31 · 日均值 · 5 个站点')).toBeVisible();
  const effect = page.getByRole('region', { name: '调水效果' });
  await expect(effect.getByRole('row')).toHaveCount(2 + 5);
  await expect(effect.getByRole('rowheader').first()).toHaveText('北干河入湖口');
  expect(problems).toEqual([]);
});

test('a preset changes the URL and the charts, and a reload restores the view', async ({ page }) => {
  await page.goto('/water-quality');
  await expectChartsDrawn(page, 2);
  const before = await chartPrint(page, 0);
  await page.getByRole('radio', { name: '调水期间', exact: true }).check();
  await expect(page).toHaveURL(/[?&]preset=during/);
  await expect(page.getByText('2023-10-10 至 2023-12-31 · 日均值 · 5 个站点')).toBeVisible();
  await expect(page.getByRole('img', { name: /2023-10-10至2023-12-31/ }).first()).toBeVisible();
  await expect.poll(() => chartPrint(page, 0)).not.toBe(before);
  await expectChartsDrawn(page, 2);

  await page.getByRole('radio', { name: '4 小时' }).check();
  await page.getByRole('checkbox', { name: /滆湖北/ }).uncheck();
  await expect(page).toHaveURL(/interval=4h/);
  await expect(page).toHaveURL(/stations=gh-c%2Cgh-s%2Cgh-e%2Cbgh|stations=gh-c,gh-s,gh-e,bgh/);
  await page.reload();
  await expect(page.getByText('2023-10-10 至 2023-12-31 · 4 小时 · 4 个站点')).toBeVisible();
  await expect(page.getByRole('radio', { name: '调水期间', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /滆湖北/ })).not.toBeChecked();
  await expectChartsDrawn(page, 2);
});

test('a free date range goes into the URL', async ({ page }) => {
  await page.goto('/water-quality');
  await expectChartsDrawn(page, 2);
  await page.getByLabel('开始日期').fill('2023-11-01');
  await page.getByLabel('结束日期').fill('2023-11-15');
  await expect(page).toHaveURL(/from=2023-11-01&to=2023-11-15|to=2023-11-15.*from=2023-11-01/);
  await expect(page.getByText('2023-11-01 至 2023-11-15 · 日均值 · 5 个站点')).toBeVisible();
  await expect(page.getByRole('radio', { name: '自定义' })).toHaveCount(0);
});

test('bad values in the URL fall back to the defaults', async ({ page }) => {
  await page.goto('/water-quality?stations=%3Cb%3E&preset=tomorrow&from=2023-02-30&to=x&interval=1w');
  await expect(page.getByText('2023-07-01 至 2024-03-31 · 日均值 · 5 个站点')).toBeVisible();
  await expect(page.getByRole('radio', { name: '调水前后' })).toBeChecked();
  await expectChartsDrawn(page, 2);
});

test('a pointer wakes both trends, and zooming one zooms the other', async ({ page }) => {
  await page.goto('/water-quality');
  await expectChartsDrawn(page, 2);
  // Both are drawn first as snapshots; a pointer on one brings both to life, linked.
  await expect(page.locator('[data-chart-snapshot]')).toHaveCount(2);
  const box = (await page.locator('[data-chart]').first().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('[data-chart-snapshot]')).toHaveCount(0);
  await expectChartsDrawn(page, 2);
  // the hover's linked axis pointer is drawn first, so that only the zoom can change the TN chart afterwards
  await expect(page.getByText(/\(日均值\)/).first()).toBeVisible();
  await page.waitForTimeout(300);
  const tnBefore = await chartPrint(page, 1);
  await page.mouse.wheel(0, -600);
  await expect.poll(() => chartPrint(page, 1)).not.toBe(tnBefore);
});

test('the CSV holds exactly the series shown, with a BOM, ISO times and units', async ({ page }) => {
  await page.goto('/water-quality?stations=gh-c&preset=during&interval=4h');
  await expect(page.getByText('2023-10-10 至 2023-12-31 · 4 小时 · 1 个站点')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('ge-lake-water-quality_2023-10-10_2023-12-31_4h.csv');
  const text = readFileSync(await file.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe('时间 (UTC+08:00),滆湖心 氨氮 (mg/L),滆湖心 总氮 (mg/L)');
  expect(lines).toHaveLength(1 + 83 * 6); // 2023-10-10 … 2023-12-31: 83 days of 6 readings
  const first = slotOf('2023-10-10T00:00:00+08:00');
  const ghc = readings.values['gh-c']!;
  for (const [row, time] of [
    [1, '2023-10-10T00:00:00+08:00'],
    [2, '2023-10-10T04:00:00+08:00'],
    [498, '2023-12-31T20:00:00+08:00'],
  ] as const) {
    const slot = first + row - 1;
    expect(lines[row]).toBe(`${time},${csvValue(ghc.nh3n[slot])},${csvValue(ghc.tn[slot])}`);
  }
});

test('each chart exports as a titled PNG at twice its size, a snapshot by going live for it', async ({ page }) => {
  await page.goto('/water-quality?preset=before');
  await expectChartsDrawn(page, 2);
  await expect(page.locator('[data-chart-snapshot]')).toHaveCount(2);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 PNG：氨氮趋势图' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('ge-lake_nh3n_2023-09-10_2023-10-09_1d.png');
  const png = readFileSync(await file.path());
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const chartWidth = await page
    .locator('[data-chart] canvas')
    .first()
    .evaluate((n) => n.clientWidth);
  expect(png.readUInt32BE(16)).toBe((chartWidth + 32) * 2);
  expect(png.length).toBeGreaterThan(20_000);
});

test('the page is complete in English', async ({ page }) => {
  await page.goto('/water-quality?lang=en');
  await expectChartsDrawn(page, 2);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Ge Lake water quality through the Xinmeng River transfer',
  );
  await expect(page.getByRole('img', { name: /^Line chart of NH3-N/ })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(3);
  await expectNoChinese(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const text = readFileSync(await (await download).path(), 'utf8');
  expect(text.split('\r\n')[0]).toBe(
    '\uFEFFTime (UTC+08:00),Ge Lake North NH3-N (mg/L),Ge Lake North TN (mg/L),Ge Lake Centre NH3-N (mg/L),Ge Lake Centre TN (mg/L),Ge Lake South NH3-N (mg/L),Ge Lake South TN (mg/L),Taige Canal Outlet NH3-N (mg/L),Taige Canal Outlet TN (mg/L),Beigan River Inlet NH3-N (mg/L),Beigan River Inlet TN (mg/L)',
  );
});

test('under the hostile scenario, names with markup stay text', async ({ page }) => {
  forbidDialogs(page);
  await page.goto('/water-quality?mock=hostile&lang=en');
  await expectChartsDrawn(page, 2);
  await expect(page.getByText('<img src=x onerror=alert(1)>', { exact: false }).first()).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);
  // the tooltip, which ECharts writes as HTML (the pointer wakes the snapshot, and the tooltip shows where it rests)
  const box = (await page.locator('[data-chart]').first().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('[data-chart] div').filter({ hasText: 'onerror' }).first()).toBeVisible();
  await expect(page.locator('[data-chart] img')).toHaveCount(0);
});

test('the transfer against the same days last year: faded lines behind, the comparison in the tables, in the URL', async ({
  page,
}) => {
  await page.goto('/water-quality');
  await expectChartsDrawn(page, 2);
  const withoutLastYear = await chartPrint(page, 0);
  await page.getByRole('radio', { name: '调水期间 vs 去年同期' }).check();
  await expect(page).toHaveURL(/[?&]preset=lastYear/);
  await expect(page.getByRole('checkbox', { name: /叠加去年同期/ })).toBeChecked();
  await expect(page.getByText('2023-10-10 至 2023-12-31 · 日均值 · 5 个站点')).toBeVisible();
  await expectChartsDrawn(page, 2);
  // The chart's table lists last year's lines beside this year's.
  await page.getByText('以表格查看').first().click();
  await expect(page.getByRole('columnheader', { name: '滆湖心（去年同期）' }).first()).toBeVisible();
  await expect.poll(() => chartPrint(page, 0)).not.toBe(withoutLastYear);
  const ghc = page
    .locator('.statistics-table')
    .first()
    .getByRole('row', { name: /^滆湖心/ });
  await expect(ghc).toContainText('个百分点');
  await page.getByRole('checkbox', { name: /叠加去年同期/ }).uncheck();
  await expect(page).toHaveURL(/lastYear=false/);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /叠加去年同期/ })).not.toBeChecked();
});
