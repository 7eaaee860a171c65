import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { HOSTILE_FORMULA, HOSTILE_MARKUP } from '../../mocks/scenarios';
import { collectProblems, dataFile, expectChartsDrawn, forbidDialogs, expectNoChinese } from './helpers';

interface Village {
  name: { zh: string; en: string };
  townId: string;
  status: string;
  households: number;
}
const { villages } = dataFile<{ villages: Village[] }>('sewers-villages.json');
const count = (shown: number) => `${shown.toLocaleString('zh-CN')} / 759 个村`;

test('the charts are drawn and the towns furthest behind plan come first, in Chinese', async ({ page }) => {
  const problems = collectProblems(page);
  await page.goto('/sewers');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('洮滆片区农村污水治理进度');
  await expectChartsDrawn(page, 3);
  await expect(page.getByText(count(759))).toBeVisible();
  const towns = page.locator('.town-table tbody th');
  await expect(towns.first()).toHaveText('洛阳镇');
  await expect(towns.nth(1)).toHaveText('雪堰镇');
  expect(problems).toEqual([]);
});

test('a click on a town in the chart filters the table and goes into the URL, on the drawing and the live chart', async ({
  page,
}) => {
  await page.goto('/sewers');
  await expectChartsDrawn(page, 3);
  // The first screen's town chart is a drawing (a snapshot): a tap on its top bar, before any pointer has come to it,
  // chooses that town.
  const chart = page.locator('.town-charts [data-chart]').first();
  await chart
    .locator('[ecmeta_ssr_type="chart"][ecmeta_series_index="0"][ecmeta_data_index="0"]')
    .dispatchEvent('click');
  await expect(page).toHaveURL(/town=luoyang/);
  await expect(page.getByText(count(villages.filter((v) => v.townId === 'luoyang').length))).toBeVisible();
  await expect(page.getByText('当前只看：洛阳镇')).toBeVisible();
  // the chosen town's own progress is drawn beside the programme's
  await expectChartsDrawn(page, 4);

  // A pointer wakes the chart (ECharts on the page); a click on its second bar chooses that town instead.
  await chart.hover();
  const canvas = chart.locator('canvas').first();
  await expect(canvas).toBeVisible();
  await expect(chart).toHaveAttribute('data-chart-drawn', 'true');
  const box = (await canvas.boundingBox())!;
  // Inside the plot (40 px from the top, 7 towns in 236 px), a third of the way across.
  await page.mouse.click(box.x + box.width * 0.3, box.y + 40 + (3 * 236) / 14);
  await expect(page).toHaveURL(/town=xueyan/);
  await page.reload();
  await expect(page.getByText('当前只看：雪堰镇')).toBeVisible();
});

test('search narrows the table by characters or pinyin', async ({ page }) => {
  await page.goto('/sewers');
  const search = page.getByLabel('搜索村名（汉字或拼音）');
  const name = villages[3]!.name;
  await search.fill(name.zh);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(name.zh)}`));
  await expect(page.getByText(count(villages.filter((v) => v.name.zh.includes(name.zh)).length))).toBeVisible();
  await search.fill(name.en.toLowerCase());
  const byPinyin = villages.filter((v) => v.name.en.toLowerCase().includes(name.en.toLowerCase()));
  await expect(page.getByText(count(byPinyin.length))).toBeVisible();
  await expect(page.locator('.village-table tbody th').first()).toContainText(byPinyin[0]!.name.zh);
});

test('all 759 rows scroll in a virtualized table', async ({ page }) => {
  await page.goto('/sewers');
  const scroller = page.getByRole('region', { name: '村庄列表（可滚动）' });
  await expect(scroller.locator('tbody th').first()).toHaveText(new RegExp(villages[0]!.name.zh));
  expect(await scroller.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(60);
  await scroller.evaluate((node) => node.scrollTo({ top: node.scrollHeight }));
  await expect(scroller.locator('tbody tr[aria-rowindex="760"]')).toContainText(villages.at(-1)!.name.zh);
  expect(await scroller.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(60);
});

test('the CSV holds exactly the filtered villages in the order shown, with a BOM', async ({ page }) => {
  await page.goto('/sewers?town=luoyang&status=not_started&sort=households.desc');
  const expected = villages
    .filter((v) => v.townId === 'luoyang' && v.status === 'not_started')
    .sort((a, b) => b.households - a.households);
  await expect(page.getByText(count(expected.length))).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 CSV（筛选结果）' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('ge-lake-villages_luoyang_not_started.csv');
  const text = readFileSync(await file.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<string[]>(text.slice(1).trim(), { newline: '\r\n' }).data;
  expect(rows[0]).toEqual([
    '村名',
    '拼音',
    '镇',
    '状态',
    '户数',
    '处理方式',
    '计划管网 (km)',
    '已建管网 (km)',
    '开工日期',
    '完工日期',
  ]);
  expect(rows.slice(1).map((r) => r[0])).toEqual(expected.map((v) => v.name.zh));
  expect(rows.slice(1).every((r) => r[2] === '洛阳镇' && r[3] === '未开工')).toBe(true);
});

test('the page is complete in English', async ({ page }) => {
  await page.goto('/sewers?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tao-Ge rural sewage programme');
  await expectChartsDrawn(page, 3);
  await expect(page.getByText('759 of 759 villages')).toBeVisible();
  await expectNoChinese(page);
});

test('under the hostile scenario, names with markup or a formula stay text, on screen and in the CSV', async ({
  page,
}) => {
  forbidDialogs(page);
  await page.goto('/sewers?mock=hostile&lang=en');
  await expectChartsDrawn(page, 3);
  await expect(page.locator('.town-table tbody th').first()).toContainText(`${HOSTILE_FORMULA}<b>`);
  await expect(page.locator('.village-table tbody th').first()).toContainText(HOSTILE_MARKUP);
  await expect(page.locator('main img')).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV (filtered rows)' }).click();
  const text = readFileSync(await (await download).path(), 'utf8');
  const rows = Papa.parse<string[]>(text.slice(1).trim(), { newline: '\r\n' }).data.slice(1);
  expect(rows.length).toBe(759);
  // A spreadsheet would run a cell starting with "=": the export writes it as text ('=…).
  for (const row of rows)
    for (const cell of [row[0]!, row[2]!]) expect(cell.startsWith(`'${HOSTILE_FORMULA}`)).toBe(true);
});
