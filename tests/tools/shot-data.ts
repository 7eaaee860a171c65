import { launchChromium, PREVIEW_URL, startPreview } from './preview-server';

const server = await startPreview({ build: process.argv.includes('--build') });
const browser = await launchChromium();
try {
  for (const lang of ['zh', 'en']) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${PREVIEW_URL}/data?lang=${lang}`);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/data-empty-${lang}.png`, fullPage: true });
    await page
      .locator('input[type=file][multiple]')
      .setInputFiles(['tests/fixtures/import/release-table-utf8.csv', '/tmp/bad.csv']);
    await page.locator('.import-preview').waitFor({ timeout: 20000 });
    await page.locator('.import-chart').scrollIntoViewIfNeeded();
    await page.locator('[data-chart-drawn="true"]').waitFor({ timeout: 20000 });
    await page.screenshot({ path: `/tmp/data-preview-${lang}.png`, fullPage: true });
    await page.getByRole('button', { name: lang === 'zh' ? '确认导入' : 'Import', exact: true }).click();
    await page.locator('.import-done').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/data-done-${lang}.png`, fullPage: true });
    await page.close();
  }
} finally {
  await browser.close();
  server.stop();
}
