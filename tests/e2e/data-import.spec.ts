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

/** The panel that imports station readings (the other imports the sewer programme). */
const readingsPanel = (page: Page) => page.getByRole('region', { name: '导入水质数据' });

async function importFiles(page: Page, ...names: string[]) {
  await readingsPanel(page).getByLabel('选择文件').setInputFiles(names.map(fixture));
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
  // The briefing: the import's mark and file, its change in the key points, the detection-limit convention.
  await page.goto('/brief');
  await expect(page.locator('.brief-facts')).toContainText('水质：导入数据 · 管网：模拟数据');
  await expect(page.locator('.brief-facts')).toContainText('release-table-utf8.csv');
  await expect(page.locator('.brief-key-points')).toContainText(
    `${changePercent < 0 ? '下降' : '上升'} ${Math.abs(changePercent).toFixed(1)}%`,
  );
  await expect(page.locator('.brief-method')).toContainText('低于检出限的数值');

  // Back to the illustrative data, and forward to the import again, without re-importing.
  await page.goto('/data');
  await page.getByRole('button', { name: '恢复模拟数据' }).click();
  await expect(page.locator('.illustrative-mark')).toHaveText('模拟数据');
  await page.getByRole('link', { name: '总览', exact: true }).click();
  await expect(page.getByText(illustrativeLatest, { exact: true })).toBeVisible();
  await page.goto('/data');
  await page.getByRole('button', { name: '改用此导入' }).click();
  await expect(page.locator('.illustrative-mark')).toHaveText('水质：导入数据 · 管网：模拟数据');
  await page.reload();
  await expect(page.locator('.illustrative-mark')).toHaveText('水质：导入数据 · 管网：模拟数据');
  expect(problems).toEqual([]);
});

/** A release table of `rows` lines (hourly readings of 滆湖心 from 2023-01-01), generated on the test side. */
function bigCsv(rows: number): Buffer {
  const lines = ['断面名称,监测时间,氨氮(mg/L),总氮(mg/L)'];
  for (let h = 0; h < rows; h++) {
    const t = new Date(Date.UTC(2023, 0, 1) + h * 3_600_000).toISOString();
    lines.push(`滆湖心,${t.slice(0, 10)} ${t.slice(11, 16)},0.4${h % 10},1.8${h % 7}`);
  }
  return Buffer.from(lines.join('\n'));
}

test('GB18030 and XLSX release tables import the same readings', async ({ page }) => {
  await page.goto('/data');
  await importFiles(page, 'release-table-gb18030.csv');
  await expect(page.getByLabel('编码')).toHaveValue('gb18030');
  await expect(page.getByText('（自动识别）')).toBeVisible();
  await expect(page.getByRole('table', { name: '站点' }).getByText('已有站点')).toHaveCount(3);
  // Read as UTF-8 on purpose: the columns are not found, and the message lists what was read instead.
  await page.getByLabel('编码').selectOption('utf-8');
  await expect(page.getByRole('alert').filter({ hasText: '缺少列：站点、时间、氨氮、总氮' })).toBeVisible();
  await page.getByLabel('编码').selectOption('gb18030');
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.locator('.illustrative-mark')).toHaveText('水质：导入数据 · 管网：模拟数据');
  await page.getByRole('link', { name: '总览', exact: true }).click();
  await expect(page.getByText(latestCentre, { exact: true })).toBeVisible();
  await expect(page.getByText(signed(changePercent)).first()).toBeVisible();

  await page.goto('/data');
  await importFiles(page, 'release-table.xlsx');
  await expect(page.getByLabel('编码')).toHaveCount(0);
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.locator('.app-footer')).toContainText('release-table.xlsx');
  // The import before it is kept, to switch back to.
  await expect(page.getByText('导入数据：release-table-gb18030.csv')).toBeVisible();
  await page.getByRole('link', { name: '总览', exact: true }).click();
  await expect(page.getByText(latestCentre, { exact: true })).toBeVisible();
  await expect(page.getByText(signed(changePercent)).first()).toBeVisible();
});

test('bad files get a clear message and change nothing', async ({ page }) => {
  forbidDialogs(page);
  await page.goto('/data');
  const input = readingsPanel(page).getByLabel('选择文件');
  await input.setInputFiles({
    name: 'photo.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
  });
  await expect(page.getByRole('alert').filter({ hasText: '这不是文本表格' })).toBeVisible();
  await expect(page.getByRole('button', { name: '确认导入' })).toBeDisabled();
  await page.getByRole('button', { name: '移除 photo.csv' }).click();

  await input.setInputFiles({
    name: 'wrong.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('站点,水温,pH\n滆湖心,18,7.9\n'),
  });
  await expect(
    page.getByRole('alert').filter({ hasText: '缺少列：时间、氨氮、总氮。文件中找到的列：站点、水温、pH。' }),
  ).toBeVisible();
  await page.getByRole('button', { name: '放弃' }).click();

  // Names that look like markup or formulas stay text, on screen and in the rejections' CSV.
  const hostile =
    '站点,时间,氨氮,总氮\n<img src=x onerror=alert(1)>,2023-10-10 08:00,0.4,\n"=HYPERLINK(""http://x"",""y"")",2023-10-10 08:00,-1,1.8\n';
  await input.setInputFiles({ name: 'hostile.csv', mimeType: 'text/csv', buffer: Buffer.from(hostile) });
  const stations = page.getByRole('table', { name: '站点' });
  await expect(stations.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
  await expect(stations.getByText('=HYPERLINK("http://x","y")')).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载拒绝记录（CSV）' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  // (A leading minus is neutralised too: the cell is the text as it was, never something to run.)
  expect(csv).toContain(`hostile.csv,3,"'=HYPERLINK(""http://x"",""y"")",氨氮,"'-1",负值`);
  await expect(page.locator('.illustrative-mark')).toHaveText('模拟数据');
});

test('a cancelled read and a failed write leave the active data as it was', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/data');
  await readingsPanel(page)
    .getByLabel('选择文件')
    .setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: bigCsv(130_000) });
  await expect(page.getByRole('status').filter({ hasText: '正在读取 big.csv' })).toBeVisible();
  await page.getByRole('button', { name: '取消' }).click();
  await expect(page.getByText('已取消读取，当前数据未改变。')).toBeVisible();
  await page.getByRole('button', { name: '放弃' }).isHidden();

  // Storage full: the write fails, the message says so, and nothing half-written becomes active.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin, quotaSize: 1 });
  await page.goto('/data');
  await importFiles(page, 'release-table-utf8.csv');
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '无法保存' })).toBeVisible();
  await page.reload();
  await expect(page.locator('.illustrative-mark')).toHaveText('模拟数据');
  await expect(page.getByText('导入数据：')).toHaveCount(0);
});

test('a tab closed in the middle of an import leaves the previous data; another tab switches by itself', async ({
  context,
}) => {
  test.setTimeout(60_000);
  const page = await context.newPage();
  await page.goto('/data');
  await importFiles(page, 'release-table-utf8.csv');
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.locator('.illustrative-mark')).toHaveText('水质：导入数据 · 管网：模拟数据');

  const wall = await context.newPage();
  await wall.goto('/wall?rotate=0');
  await expect(wall.locator('.wall-illustrative')).toHaveText('水质：导入数据 · 管网：模拟数据');

  await readingsPanel(page)
    .getByLabel('选择文件')
    .setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: bigCsv(130_000) });
  await expect(page.getByRole('status').filter({ hasText: '正在读取 big.csv' })).toBeVisible();
  await page.close();
  const back = await context.newPage();
  await back.goto('/data');
  await expect(back.locator('.illustrative-mark')).toHaveText('水质：导入数据 · 管网：模拟数据');
  await expect(back.locator('.app-footer')).toContainText('release-table-utf8.csv');

  // Back to the illustrative data here: the wall in the other tab follows without a reload.
  await back.getByRole('button', { name: '恢复模拟数据' }).click();
  await expect(wall.locator('.wall-illustrative')).toHaveText('模拟数据');
});

// The sewer fixture, read here on its own: what /sewers must show after the import.
const villageRows = readFileSync(fixture('villages.csv'), 'utf8')
  .trim()
  .split('\r\n')
  .slice(1)
  .map((line) => line.split(','));
const sewersPanel = (page: Page) => page.getByRole('region', { name: '导入管网数据' });

test('a town leader imports the village table (XLSX) and the plan (CSV); /sewers shows their towns, behind plan first', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const problems = collectProblems(page);
  await page.goto('/data');
  // A village in a town the dashboard does not know must be confirmed as a new town before anything is imported.
  await sewersPanel(page)
    .getByLabel('选择文件')
    .setInputFiles([
      // The village table as a workbook (the same rows as villages.csv), the plan as CSV.
      {
        name: 'villages.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: readFileSync(fixture('villages.xlsx')),
      },
      { name: 'plan.csv', mimeType: 'text/csv', buffer: readFileSync(fixture('plan.csv')) },
      {
        name: 'more.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          '村名,镇,状态,户数,处理方式,计划管网(km),已建管网(km),开工日期,完工日期\n新村,新安镇,未开工,80,村级站点,1.5,0,,\n',
        ),
      },
    ]);
  const preview = sewersPanel(page).getByRole('region', { name: '导入预览' });
  await expect(preview.getByText('请确认新镇或更正镇名：新安镇。')).toBeVisible();
  await expect(preview.getByRole('button', { name: '确认导入' })).toBeDisabled();
  await expect(preview.getByText(/合计校验通过/)).toBeVisible();
  await preview.getByLabel('确认 新安镇 为新镇').check();
  await preview.getByRole('button', { name: '确认导入' }).click();
  await expect(page.locator('.illustrative-mark')).toHaveText('水质：模拟数据 · 管网：导入数据');

  await page.getByRole('link', { name: '管网建设', exact: true }).click();
  const notStarted = villageRows.filter((r) => r[1] === '洛阳镇' && r[2] === '未开工').map((r) => r[0]);
  await expect(page.locator('.row-count')).toHaveText(
    new RegExp(`^${villageRows.length + 1} / ${villageRows.length + 1}`),
  );
  // Luoyang is behind its plan: first among the towns.
  await expect(page.locator('.town-table tbody th').first()).toContainText('洛阳镇');
  await page.goto('/sewers?town=luoyang&status=not_started');
  await expect(page.locator('.row-count')).toHaveText(new RegExp(`^${notStarted.length} / `));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 CSV（筛选结果）' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  for (const name of notStarted) expect(csv).toContain(`${name},`);
  // Searching by pinyin works on the imported names too.
  await page.goto('/sewers');
  await page.getByLabel('搜索村名（汉字或拼音）').fill('daixi');
  await expect(page.locator('.village-table tbody th').first()).toContainText('戴溪');

  // Back to the illustrative programme and forward again.
  await page.goto('/data');
  await page.getByRole('region', { name: '管网' }).getByRole('button', { name: '恢复模拟数据' }).click();
  await expect(page.locator('.illustrative-mark')).toHaveText('模拟数据');
  await page.getByRole('region', { name: '管网' }).getByRole('button', { name: '改用此导入' }).click();
  await expect(page.locator('.illustrative-mark')).toHaveText('水质：模拟数据 · 管网：导入数据');
  expect(problems).toEqual([]);
});
