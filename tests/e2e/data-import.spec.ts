import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { collectProblems, dataFile, expectChartsDrawn, forbidDialogs } from './helpers';

const FIXTURES = join(import.meta.dirname, '../fixtures/import');
const fixture = (name: string) => join(FIXTURES, name);

// What the release-table fixture must give on every screen, read here from its own text, independently of the app.
const rows = readFileSync(fixture('release-table-utf8.csv'), 'utf8')
  .trim()
  .split('\r\n')
  .slice(1)
  .map((line) => line.split(','));
const centre = rows
  .filter((r) => r[2] === '滆湖心' && r[11] !== '--')
  .map((r) => ({ time: Date.parse(`${r[3]!.replace(' ', 'T')}:00+08:00`), nh3n: Number(r[11]) }));
const meanBetween = (from: string, to: string) => {
  const xs = centre.filter((r) => r.time >= Date.parse(from) && r.time < Date.parse(to)).map((r) => r.nh3n);
  return xs.reduce((a, b) => a + b, 0) / xs.length;
};
const changePercent =
  (meanBetween('2023-10-10T00:00:00+08:00', '2024-01-01T00:00:00+08:00') /
    meanBetween('2023-09-10T00:00:00+08:00', '2023-10-10T00:00:00+08:00') -
    1) *
  100;
const signed = (x: number) => `${x < 0 ? '−' : '+'}${Math.abs(x).toFixed(1)}%`;
const latestCentre = centre.at(-1)!.nh3n.toFixed(3);

interface Readings {
  values: Record<string, { nh3n: (number | null)[] }>;
}
const illustrativeLatest = dataFile<Readings>('readings.json')
  .values['gh-c']!.nh3n.filter((v): v is number => v !== null)
  .at(-1)!
  .toFixed(3);

async function importFiles(page: Page, ...names: string[]) {
  await page.getByLabel('选择文件').setInputFiles(names.map(fixture));
  await expect(page.getByRole('heading', { name: '导入预览' })).toBeVisible({ timeout: 20_000 });
}

test('an official imports a release table (UTF-8 CSV) and sees it on every screen, then goes back and forward', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const problems = collectProblems(page);
  forbidDialogs(page);
  await page.goto('/data');
  await expect(page.getByRole('heading', { level: 1, name: '数据' })).toBeVisible();
  await importFiles(page, 'release-table-utf8.csv');

  // The preview: every row read and accepted, the three stations known, gaps by reason, the chart.
  const figures = page.locator('.import-figures');
  await expect(figures.getByText(rows.length.toLocaleString('zh-CN'), { exact: true })).toHaveCount(2);
  const stations = page.getByRole('table', { name: '站点' });
  await expect(stations.getByRole('row')).toHaveCount(4);
  await expect(stations.getByText('已有站点')).toHaveCount(3);
  await expect(page.getByText(/维护 12/)).toBeVisible();
  await expect(page.getByText('1 个低于检出限的值按检出限的一半计')).toBeVisible();
  await expect(page.getByText(/未使用的列：省份、流域/)).toBeVisible();
  await expectChartsDrawn(page, 1);
  // Nothing has changed yet.
  await expect(page.locator('.illustrative-mark')).toHaveText('模拟数据');

  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已导入：release-table-utf8.csv' })).toBeVisible();
  await expect(page.locator('.illustrative-mark')).toHaveText('水质：导入数据 · 管网：模拟数据');

  await page.getByRole('link', { name: '查看总览' }).click();
  await expect(page.getByText(latestCentre, { exact: true })).toBeVisible();
  await expect(page.getByText(signed(changePercent)).first()).toBeVisible();
  await expect(page.locator('.app-footer')).toContainText('release-table-utf8.csv');

  await page.goto('/water-quality');
  await expect(page.locator('.effect-table')).toContainText(signed(changePercent));
  await page.goto('/wall?rotate=0');
  await expect(page.locator('.wall-illustrative')).toHaveText('水质：导入数据 · 管网：模拟数据');

  // Back to the illustrative data, and forward to the import again, without re-importing.
  await page.goto('/data');
  await page.getByRole('button', { name: '恢复模拟数据' }).click();
  await expect(page.locator('.illustrative-mark')).toHaveText('模拟数据');
  await page.getByRole('link', { name: '总览' }).click();
  await expect(page.getByText(illustrativeLatest, { exact: true })).toBeVisible();
  await page.goto('/data');
  await page.getByRole('button', { name: '改用此导入' }).click();
  await expect(page.locator('.illustrative-mark')).toHaveText('水质：导入数据 · 管网：模拟数据');
  await page.reload();
  await expect(page.locator('.illustrative-mark')).toHaveText('水质：导入数据 · 管网：模拟数据');
  expect(problems).toEqual([]);
});
