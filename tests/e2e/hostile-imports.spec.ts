import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { zipBomb } from '../fixtures/import/zip-bomb';
import { collectProblems, expectChartsDrawn, forbidDialogs } from './helpers';

/**
 * Imports nothing can break (DESIGN §7): careless and hostile files, each made here at test time, give a clear
 * message or a correct import, the page answering all along, and the active data unchanged or right after.
 */
const OUT = 'test-results/hostile';
mkdirSync(OUT, { recursive: true });

const readingsPanel = (page: Page) => page.getByRole('region', { name: '导入水质数据' });
const sewersPanel = (page: Page) => page.getByRole('region', { name: '导入管网数据' });
const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

/** The page's main thread answers within 2 s, however busy the import is. */
async function expectResponsive(page: Page) {
  const started = Date.now();
  await page.evaluate(() => 1);
  expect(Date.now() - started).toBeLessThan(2000);
}

/** The illustrative data is still what every screen shows. */
async function expectIllustrativeUnchanged(page: Page) {
  await page.goto('/');
  await expect(page.locator('.illustrative-mark')).toHaveText('模拟数据');
  await expectChartsDrawn(page, 2);
}

test('a row dated 9999-12-31 is refused with its reason, and the rest imports onto every screen', async ({ page }) => {
  test.setTimeout(60_000);
  const problems = collectProblems(page);
  forbidDialogs(page);
  await page.goto('/data');
  const rows = ['站点,时间,氨氮,总氮'];
  for (let h = 0; h < 200; h++) {
    const t = new Date(Date.UTC(2023, 9, 1) + h * 4 * 3_600_000).toISOString();
    rows.push(`滆湖心,${t.slice(0, 10)} ${t.slice(11, 16)},0.4${h % 10},1.8`);
  }
  rows.push('滆湖心,9999-12-31 08:00,0.4,1.8');
  await readingsPanel(page)
    .getByLabel('选择文件')
    .setInputFiles(csv('typo.csv', rows.join('\n')));
  await expect(page.getByRole('heading', { name: '导入预览' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('cell', { name: /时间不合理/ })).toBeVisible();
  await expect(page.locator('.import-figures')).toContainText('2023-10-01 00:00 – 2023-11-03 04:00');
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.locator('.import-done')).toBeVisible({ timeout: 20_000 });
  for (const route of ['/', '/water-quality', '/wall?rotate=0']) {
    await page.goto(route);
    await expect(page.locator('body')).not.toContainText('不符合接口约定');
    await expectChartsDrawn(page, route === '/wall?rotate=0' ? 5 : 2);
  }
  await page.goto('/brief');
  await expect(page.locator('.brief-key-points li').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('a workbook that unpacks to 250 MB is refused before it unpacks, the page answering and its heap small', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/data');
  const path = join(OUT, 'bomb.xlsx');
  writeFileSync(path, zipBomb(250 * 1024 * 1024));
  const started = Date.now();
  await readingsPanel(page).getByLabel('选择文件').setInputFiles(path);
  await expectResponsive(page);
  await expect(readingsPanel(page).getByRole('alert')).toContainText('解压后过大', { timeout: 15_000 });
  expect(Date.now() - started).toBeLessThan(15_000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  expect(metrics.find((m) => m.name === 'JSHeapUsedSize')!.value).toBeLessThan(1024 * 1024 * 1024);
  await expectIllustrativeUnchanged(page);
});

test('a line of 20 000 unknown columns gives a short message, the page answering', async ({ page }) => {
  await page.goto('/data');
  const cells = Array.from({ length: 20_000 }, (_, i) => `列${i}`).join(',');
  await readingsPanel(page)
    .getByLabel('选择文件')
    .setInputFiles(csv('wide.csv', `${cells}\n${cells}\n`));
  await expectResponsive(page);
  const alert = readingsPanel(page).getByRole('alert');
  await expect(alert).toContainText('另有 19970 列');
  expect((await alert.textContent())!.length).toBeLessThan(600);
});

test('rows ending in CRLF, CR and LF in turn are all read; a NUL byte is refused with its line', async ({ page }) => {
  await page.goto('/data');
  const ends = ['\r\n', '\r', '\n'];
  const lines = Array.from({ length: 18 }, (_, i) => `滆湖心,2023-10-10 ${String(i).padStart(2, '0')}:00,0.4,1.8`);
  const mixed = ['站点,时间,氨氮,总氮', ...lines].map((line, i) => `${line}${ends[i % 3]!}`).join('');
  await readingsPanel(page).getByLabel('选择文件').setInputFiles(csv('ends.csv', mixed));
  await expect(page.locator('.import-figures dd').first()).toHaveText('18', { timeout: 20_000 });
  await page.getByRole('button', { name: '放弃' }).click();
  // Two hundred good rows, then a name with a NUL byte in it.
  const good = Array.from({ length: 200 }, () => '滆湖心,2023-10-10 08:00,0.4').join('\n');
  await readingsPanel(page)
    .getByLabel('选择文件')
    .setInputFiles(csv('nul.csv', `站点,时间,氨氮\n${good}\n滆\u0000湖心,2023-10-10 12:00,0.4\n`));
  await expect(readingsPanel(page).getByRole('alert')).toContainText('第 202 行含有空字节');
});

test('sewer counts that are not decimal or too large, km too long and dates too far are refused row by row', async ({
  page,
}) => {
  await page.goto('/data');
  const header = '村名,镇,状态,户数,处理方式,计划管网(km),已建管网(km),开工日期,完工日期';
  const body = [
    '甲,嘉泽镇,未开工,0x10,接管入厂,1,0,,',
    '乙,嘉泽镇,未开工,1e20,接管入厂,1,0,,',
    '丙,嘉泽镇,未开工,10,接管入厂,1e308,0,,',
    '丁,嘉泽镇,已完成,10,接管入厂,1,1,2023-01-01,9999-12-31',
    '戊,嘉泽镇,未开工,10,接管入厂,1,0,,',
  ];
  await sewersPanel(page)
    .getByLabel('选择文件')
    .setInputFiles(csv('villages.csv', [header, ...body].join('\n')));
  const rejections = page.getByRole('table', { name: /拒绝的行/ });
  await expect(rejections.getByRole('row')).toHaveCount(5, { timeout: 20_000 });
  await expect(rejections).toContainText('日期不合理');
  await expect(rejections).toContainText('不是非负数');
});

test('a bundle over 100 MB is refused before it is read, and the data stays as it was', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/data');
  const path = join(OUT, 'big-bundle.json');
  writeFileSync(path, Buffer.alloc(150 * 1024 * 1024, 0x20));
  await page.getByLabel('导入数据包').setInputFiles(path);
  await expect(page.getByRole('alert').filter({ hasText: '超过 100 MB' })).toBeVisible({ timeout: 20_000 });
  await expectIllustrativeUnchanged(page);
});

test('a station name of 10 MB is refused as too long, quoted short, the page answering', async ({ page }) => {
  await page.goto('/data');
  const text = `站点,时间,氨氮\n${'湖'.repeat(3_500_000)},2023-10-10 08:00,0.4\n滆湖心,2023-10-10 08:00,0.4\n`;
  await readingsPanel(page).getByLabel('选择文件').setInputFiles(csv('long-name.csv', text));
  await expectResponsive(page);
  const rejections = page.getByRole('table', { name: /拒绝的行/ });
  await expect(rejections).toContainText('站点名称超过 100 个字符', { timeout: 20_000 });
  expect((await rejections.textContent())!.length).toBeLessThan(2000);
  await expectResponsive(page);
});

test('200 000 bad rows are counted exactly, the list shortened', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/data');
  const bad = Array.from({ length: 200_000 }, (_, i) => `滆湖心,不是时间${i},0.4`).join('\n');
  await readingsPanel(page)
    .getByLabel('选择文件')
    .setInputFiles(csv('bad.csv', `站点,时间,氨氮\n${bad}\n`));
  await expect(page.getByRole('table', { name: /拒绝的行/ })).toContainText('共 200000 条', { timeout: 30_000 });
  await expect(page.locator('.import-figures dd').nth(2)).toHaveText('200,000');
});

test('a confirm in one tab while another goes back to the illustrative data completes, and says so', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const other = await context.newPage();
  await other.goto('/data');
  await page.goto('/data');
  const rows = ['断面名称,监测时间,氨氮(mg/L),总氮(mg/L)'];
  for (let h = 0; h < 60_000; h++) {
    const t = new Date(Date.UTC(2023, 0, 1) + h * 3_600_000).toISOString();
    rows.push(`滆湖心,${t.slice(0, 10)} ${t.slice(11, 16)},0.4${h % 10},1.8${h % 7}`);
  }
  await readingsPanel(page)
    .getByLabel('选择文件')
    .setInputFiles(csv('big.csv', rows.join('\n')));
  await expect(page.getByRole('heading', { name: '导入预览' })).toBeVisible({ timeout: 30_000 });
  await Promise.all([
    page.getByRole('button', { name: '确认导入' }).click(),
    other.getByRole('button', { name: '恢复模拟数据' }).first().click(),
  ]);
  await expect(page.locator('.import-done')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { name: '导入预览' })).toHaveCount(0);
  // Whichever came last wins, and both tabs show the same data.
  await expect(async () => {
    const [mine, theirs] = await Promise.all([
      page.locator('.illustrative-mark').textContent(),
      other.locator('.illustrative-mark').textContent(),
    ]);
    expect(mine).toBe(theirs);
  }).toPass({ timeout: 15_000 });
});
