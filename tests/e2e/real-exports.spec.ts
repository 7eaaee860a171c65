import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { collectProblems, forbidDialogs } from './helpers';

/**
 * Real exports on every screen (DESIGN §7 v3), in both languages: a year of daily snapshots whose period holds no
 * transfer, and the same file with the transfer moved into its hole across New Year (a window without a reading).
 * No screen may state an outcome for a figure without a value: no "not reached", no fall, no band.
 */
const FILE = join(import.meta.dirname, '../fixtures/import/real-like/daily-snapshots.csv');

const TEXT = {
  zh: {
    panel: '导入水质数据',
    choose: '选择文件',
    year: '首行年份',
    apply: '重新读取',
    preview: '导入预览',
    confirm: '确认导入',
    daily: '每日',
    suspects: '可疑数值 1 个（默认不计入）',
    eventWarning: /调水前 30 天和调水期间都没有任何站点的读数/,
    start: '开始日期',
    end: '结束日期',
    outside: '数据时段内没有调水',
    noReadings: '调水期间没有任何站点的读数',
    wallOutside: '数据时段内没有调水',
    wallNoReadings: '调水期间没有读数',
    asOf: '水质截至 2021-04-30 08:00 · 管网截至 2024-03',
    outcomes: /未到达|未达到|未见效|尚未见效|未降到|下降 \d/,
  },
  en: {
    panel: 'Import water-quality readings',
    choose: 'Choose file',
    year: 'Year of the first row',
    apply: 'Read again',
    preview: 'Import preview',
    confirm: 'Import',
    daily: 'daily',
    suspects: 'Suspect values: 1 (left out unless kept)',
    eventWarning: /no station has a reading in the 30 days before it or during it/,
    start: 'Start',
    end: 'End',
    outside: 'No transfer falls in the period of the data',
    noReadings: 'No station was read during the transfer',
    wallOutside: 'No transfer falls in the data',
    wallNoReadings: 'No readings during the transfer',
    asOf: 'Water as of 2021-04-30 08:00 · sewers as of 2024-03',
    outcomes: /not reached|not yet|did not get there|\d+\.\d% lower/i,
  },
} as const;

type Language = keyof typeof TEXT;
const query = (language: Language) => (language === 'en' ? '?lang=en' : '');

/** Reads the daily snapshots with the year asked once, checks the preview, optionally moves the transfer, confirms. */
async function importDaily(page: Page, language: Language, transfer?: { start: string; end: string }) {
  const text = TEXT[language];
  await page.goto(`/data${query(language)}`);
  const panel = page.getByRole('region', { name: text.panel });
  await panel.getByLabel(text.choose).setInputFiles(FILE);
  await panel.getByLabel(text.year).fill('2020');
  await panel.getByRole('button', { name: text.apply }).click();
  await expect(page.getByRole('heading', { name: text.preview })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('table', { name: text.suspects })).toBeVisible();
  await expect(page.getByRole('cell', { name: text.daily, exact: true })).toHaveCount(3);
  await expect(page.getByText(text.eventWarning)).toBeVisible();
  if (transfer) {
    await page.getByLabel(text.start).first().fill(transfer.start);
    await page.getByLabel(text.end).first().fill(transfer.end);
    await expect(page.getByText(text.eventWarning)).toHaveCount(0);
  }
  await page.getByRole('button', { name: text.confirm, exact: true }).click();
  await expect(page.locator('.import-done')).toBeVisible({ timeout: 20_000 });
}

/** Every screen that speaks of the transfer, read for the sentence it must say and the outcomes it must not. */
async function expectNoOutcome(page: Page, language: Language, said: string, wallSaid: string) {
  const text = TEXT[language];
  await page.goto(`/water-quality${query(language)}`);
  await expect(page.locator('.effect-panel')).toContainText(said);
  await expect(page.locator('.statistics-panel')).toContainText(said);
  await expect(page.locator('main')).not.toContainText(text.outcomes);

  await page.goto(`/${query(language)}`);
  await expect(page.locator('.as-of')).toHaveText(text.asOf);
  // The key points are made when the reader nears them: scroll to them, then read what they say.
  const keyPoints = page.locator('.overview-key-points .key-points-list');
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(keyPoints.locator('li').first()).toBeVisible({ timeout: 1000 });
  }).toPass();
  await expect(keyPoints).toContainText(said);
  await expect(keyPoints).not.toContainText(text.outcomes);

  await page.goto(`/wall${query(language)}${language === 'en' ? '&' : '?'}rotate=0`);
  await expect(page.locator('.wall-water .wall-note')).toHaveText(wallSaid);
  await expect(page.locator('.wall-legend li')).toHaveCount(4);

  await page.goto(`/brief${query(language)}`);
  await expect(page.locator('.brief-key-points')).toContainText(said);
  await expect(page.locator('.brief-key-points')).not.toContainText(text.outcomes);
  await expect(page.locator('.brief-effect')).toHaveCount(0);
}

for (const language of ['zh', 'en'] as const) {
  test(`${language}: a year of daily snapshots without a transfer in its data says so on every screen`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const problems = collectProblems(page);
    forbidDialogs(page);
    await importDaily(page, language);
    await expectNoOutcome(page, language, TEXT[language].outside, TEXT[language].wallOutside);
    expect(problems).toEqual([]);
  });

  test(`${language}: a transfer inside the data's hole (no reading during it) states no outcome`, async ({ page }) => {
    test.setTimeout(90_000);
    const problems = collectProblems(page);
    forbidDialogs(page);
    await importDaily(page, language, { start: '2020-12-10', end: '2021-02-10' });
    await expectNoOutcome(page, language, TEXT[language].noReadings, TEXT[language].wallNoReadings);
    expect(problems).toEqual([]);
  });
}

test('three files of one export ask for the year of their first row once, and read as three stations', async ({
  page,
}) => {
  const real = (station: string) =>
    join(import.meta.dirname, `../../../shared/fixtures/real/jikin001-water_quality__${station}.csv`);
  await page.goto('/data');
  const panel = page.getByRole('region', { name: TEXT.zh.panel });
  await panel.getByLabel(TEXT.zh.choose).setInputFiles(['拖山', '西山', '沙渚'].map(real));
  // Each file asks; one answer is the batch's.
  await expect(panel.getByLabel(TEXT.zh.year)).toHaveCount(3);
  await panel.getByLabel(TEXT.zh.year).first().fill('2021');
  await panel.getByRole('button', { name: TEXT.zh.apply }).first().click();
  await expect(page.getByRole('heading', { name: TEXT.zh.preview })).toBeVisible({ timeout: 20_000 });
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('table', { name: '站点' }).getByRole('row')).toHaveCount(4);
  // The twice-listed rows are repeats, not rejections.
  await expect(page.locator('.import-figures dd').nth(2)).toHaveText('0');
  await expect(page.getByText(/重复行 13 行/)).toBeVisible();
});
