import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectProblems, recordCspViolations } from './helpers';

interface Figures {
  stationId: string;
  indicator: 'nh3n' | 'tn';
  change: number;
  changeVsLastYear: number;
  netOfSeasonPts: number;
  lagDays: number | null;
}
interface Town {
  name: { zh: string; en: string };
  plan: { gapToPlan: { villages: number } };
}
interface SewersSummary {
  villages: { total: number; completed: number; inProgress: number };
  plan: { plannedToDate: { villages: number }; shareOfPlan: { villages: number } };
}

/** The served figures the key points must repeat, read from the API in the page (the mock answers there). */
async function served(page: Page) {
  return page.evaluate(async () => {
    const get = async (path: string) => (await fetch(`/api/v1${path}`)).json() as Promise<unknown>;
    return {
      summary: (await get('/water-quality/summary')) as { figures: Figures[] },
      sewers: (await get('/sewers/summary')) as SewersSummary,
      towns: ((await get('/sewers/towns')) as { towns: Town[] }).towns,
    };
  });
}

/** A reader's first move draws every chart (they are otherwise drawn as they near the screen). */
async function waitForCharts(page: Page) {
  await page.locator('.brief-sheet').first().waitFor();
  await page.mouse.move(10, 10);
  await expect(page.locator('.brief [data-chart-drawn="true"]')).toHaveCount(5, { timeout: 20_000 });
}

/** The briefing as Chromium's "save as PDF" makes it, read back page by page with poppler's pdftotext. */
async function printed(page: Page) {
  const dir = mkdtempSync(join(tmpdir(), 'brief-'));
  const file = join(dir, 'brief.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
  const pages = Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', file, '-']).toString(),
  );
  const images = execFileSync('pdfimages', ['-list', file]).toString().trim().split('\n').length - 2;
  return { pages, images };
}

/** Text without its line breaks and spacing, so that a sentence wrapped across lines still matches. */
const flat = (text: string) => text.replace(/\s+/g, '');
const percent = (ratio: number) => `${(Math.abs(ratio) * 100).toFixed(1)}%`;
const signed = (points: number) => `${points < 0 ? '−' : '+'}${Math.abs(points).toFixed(1)}`;

for (const lang of ['zh', 'en'] as const) {
  test(`the briefing prints to A4 in ${lang}: numbered pages, key points with the API's figures, vector charts`, async ({
    page,
    context,
  }) => {
    const problems = collectProblems(page);
    await page.goto(`/brief?lang=${lang}`);
    await waitForCharts(page);
    const { summary, sewers, towns } = await served(page);
    const headline = (indicator: string) =>
      summary.figures.find((f) => f.stationId === 'gh-c' && f.indicator === indicator)!;
    const nh3n = headline('nh3n');
    const lags = summary.figures.filter((f) => f.indicator === 'nh3n' && f.lagDays !== null);
    const [first, last] = [Math.min(...lags.map((f) => f.lagDays!)), Math.max(...lags.map((f) => f.lagDays!))];
    const behind = towns.filter((t) => t.plan.gapToPlan.villages > 0)[0]!;
    const expected =
      lang === 'zh'
        ? [
            `滆湖心氨氮均值较调水前30天下降${percent(nh3n.change)}，较去年同期下降${percent(nh3n.changeVsLastYear)}，扣除季节因素约${signed(nh3n.netOfSeasonPts)}个百分点。`,
            `北干河入湖口最早，${first}天后`,
            `太滆运河出湖口最晚，${last}天后`,
            `已完成污水治理${sewers.villages.completed}个（${percent(sewers.villages.completed / sewers.villages.total)}）`,
            `实际完成计划的${percent(sewers.plan.shareOfPlan.villages)}；落后计划最多的是${behind.name.zh}（差${behind.plan.gapToPlan.villages}个村）`,
          ]
        : [
            `NH3-NatGeLakeCentrewas${percent(nh3n.change)}lowerthaninthe30daysbeforeand${percent(nh3n.changeVsLastYear)}lowerthaninthesameperiodlastyear,about${signed(nh3n.netOfSeasonPts)}percentagepointsnetofseason.`,
            `firstatBeiganRiverInlet,after${first}days,andlastatTaigeCanalOutlet,after${last}days`,
            `${sewers.villages.completed}of${sewers.villages.total}naturalvillages`,
            `${percent(sewers.plan.shareOfPlan.villages)}ofthathasbeenreached;furthestbehindplan:${behind.name.en}(${behind.plan.gapToPlan.villages}villagesshort)`,
          ];

    // On screen
    const keyPoints = page.locator('.brief-key-points li');
    await expect(keyPoints).toHaveCount(5);
    const onScreen = flat((await keyPoints.allInnerTexts()).join(''));
    for (const phrase of expected) expect(onScreen).toContain(flat(phrase));

    // Copy key points: the numbered sentences as plain text
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: lang === 'zh' ? '复制要点' : 'Copy key points' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: lang === 'zh' ? '要点已复制' : 'Key points copied' }),
    ).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')).toHaveLength(5);
    expect(copied.startsWith('1. ')).toBe(true);

    // On paper
    const { pages, images } = await printed(page);
    const label = (n: number) => (lang === 'zh' ? `第 ${n} 页` : `Page ${n}`);
    const numbered = pages.filter((text, i) => flat(text).includes(flat(label(i + 1))));
    expect(numbered.length).toBeGreaterThanOrEqual(3);
    if (lang === 'zh') expect(numbered.length).toBeLessThanOrEqual(4);
    // The appendix follows the numbered pages, without numbers.
    const appendix = pages.slice(numbered.length);
    expect(appendix.length).toBeGreaterThan(0);
    expect(appendix[0]).toContain(lang === 'zh' ? '附录' : 'Appendix');
    for (const text of appendix) expect(text).not.toMatch(lang === 'zh' ? /第\s*\d+\s*页/ : /Page\s*\d+/);
    // Every page carries the running header; the data mark is printed.
    for (const text of pages) expect(text).toContain(lang === 'zh' ? '滆湖水环境工作简报' : 'Ge Lake water briefing');
    const all = flat(pages.join(''));
    expect(all).toContain(flat(lang === 'zh' ? '模拟数据' : 'Illustrative data'));
    for (const phrase of expected) expect(all).toContain(flat(phrase));
    // Charts are vector graphics: not one raster image in the PDF.
    expect(images).toBe(0);
    expect(problems).toEqual([]);
  });
}

test('a briefing the data cannot make says why and offers the default one', async ({ page }) => {
  await page.goto('/brief?event=no-such-event');
  await expect(page.getByRole('alert')).toContainText('数据中没有编号为"no-such-event"的调水事件');
  await page.getByRole('link', { name: '改用默认事件与时段' }).click();
  await expect(page).toHaveURL(/\/brief$/);
  await waitForCharts(page);

  await page.goto('/brief?from=2024-02-01&to=2023-11-01&lang=en');
  await expect(page.getByRole('alert')).toContainText('The period starts (2024-02-01) after it ends (2023-11-01).');
  await page.goto('/brief?from=2030-01-01&to=2030-02-01&lang=en');
  await expect(page.getByRole('alert')).toContainText('There is no water-quality data from 2030-01-01 to 2030-02-01.');
  await expect(page.getByRole('button', { name: 'Print / save as PDF' })).toBeDisabled();
});

test('a narrower range narrows the charts, not the figures', async ({ page }) => {
  await page.goto('/brief');
  await waitForCharts(page);
  const points = await page.locator('.brief-key-points li').allInnerTexts();
  await page.goto('/brief?from=2023-10-01&to=2023-12-31');
  await waitForCharts(page);
  expect(await page.locator('.brief-key-points li').allInnerTexts()).toEqual(points);
  await expect(page.locator('.brief-facts')).toContainText('2023-10-01 – 2023-12-31');
  await expect(page.getByRole('img', { name: /氨氮日均值（mg\/L），2023-10-01 至 2023-12-31/ })).toBeVisible();
});

// One language: the markup is the same in both, and the PDF tests above read both.
test('/brief has no serious or critical axe violations nor a CSP violation', async ({ page }) => {
  const cspViolations = await recordCspViolations(page);
  await page.goto('/brief');
  await waitForCharts(page);
  const { violations } = await new AxeBuilder({ page })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  expect(serious).toEqual([]);
  expect(await cspViolations()).toEqual([]);
});

test('names with markup and formulas stay text in the briefing and its PDF', async ({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  await page.goto('/brief?mock=hostile');
  await waitForCharts(page);
  await expect(page.locator('.brief img')).toHaveCount(0);
  const { pages } = await printed(page);
  expect(flat(pages.join(''))).toContain(flat('<img src=x onerror=alert(1)>'));
});
