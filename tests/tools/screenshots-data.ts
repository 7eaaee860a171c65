/**
 * `npx tsx tests/tools/screenshots-data.ts [--build]`: `/data` through an import at 1440×900 in both languages — empty,
 * the preview of the release-table fixture with a second file of bad rows (rejections, a markup-looking station), and
 * done; then the sewer fixtures' preview and `/sewers` on them — into test-results/screenshots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { launchChromium, PREVIEW_URL, startPreview } from './preview-server';

const OUT = 'test-results/screenshots';
const BAD_ROWS = [
  '站点,时间,氨氮,总氮',
  '滆湖心,2023-10-10 08:00,0.4,1.8',
  '滆湖心,2023-13-45 08:00,0.4,1.8',
  '滆湖心,2023-10-10 08:00,0.5,1.9',
  '<img src=x onerror=alert(1)>,2023-10-10 12:00,-0.1,1.8',
  '"=HYPERLINK(""http://x"",""y"")",2023-10-10 16:00,75,1.8',
].join('\n');

const server = await startPreview({ build: process.argv.includes('--build') });
const browser = await launchChromium();
try {
  mkdirSync(OUT, { recursive: true });
  for (const lang of ['zh', 'en'] as const) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const shot = async (state: string) => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${OUT}/data-${state}-${lang}.png`, fullPage: true });
      console.log(`${OUT}/data-${state}-${lang}.png`);
    };
    await page.goto(`${PREVIEW_URL}/data?lang=${lang}`);
    await page.locator('.dataset').first().waitFor();
    await shot('empty');
    await page
      .locator('input[type=file][multiple]')
      .first()
      .setInputFiles([
        {
          name: 'release-table-utf8.csv',
          mimeType: 'text/csv',
          buffer: readFileSync('tests/fixtures/import/release-table-utf8.csv'),
        },
        { name: 'bad-rows.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_ROWS) },
      ]);
    await page.locator('.import-chart').scrollIntoViewIfNeeded();
    await page.locator('[data-chart-drawn="true"]').waitFor({ timeout: 20_000 });
    await shot('preview');
    await page.getByRole('button', { name: lang === 'zh' ? '确认导入' : 'Import', exact: true }).click();
    await page.locator('.import-done').first().waitFor();
    await shot('done');

    const sewers = page.getByRole('region', { name: lang === 'zh' ? '导入管网数据' : 'Import the sewer programme' });
    await sewers.locator('input[type=file][multiple]').setInputFiles(
      ['villages.csv', 'plan.csv'].map((name) => ({
        name,
        mimeType: 'text/csv',
        buffer: readFileSync(`tests/fixtures/import/${name}`),
      })),
    );
    await sewers.locator('.import-chart').scrollIntoViewIfNeeded();
    await sewers.locator('[data-chart-drawn="true"]').waitFor({ timeout: 20_000 });
    await shot('sewers-preview');
    await sewers.getByRole('button', { name: lang === 'zh' ? '确认导入' : 'Import', exact: true }).click();
    await sewers.locator('.import-done').waitFor();
    await page.goto(`${PREVIEW_URL}/sewers?lang=${lang}`);
    await page.locator('[data-chart-drawn="true"] >> nth=2').waitFor({ timeout: 20_000 });
    await shot('sewers-imported');
    await page.close();
  }
} finally {
  await browser.close();
  server.stop();
}
