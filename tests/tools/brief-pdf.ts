/**
 * `npx tsx tests/tools/brief-pdf.ts [--build] [QUERY]`: prints `/brief` to A4 PDF in both languages as Chromium's
 * "save as PDF" does, turns every page into an image (`pdftoppm`, 110 dpi) and screenshots the sheets on screen at
 * 1440×900 and on a phone — into test-results/brief/, to be looked at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { launchChromium, PREVIEW_URL, startPreview } from './preview-server';

const OUT = 'test-results/brief';
const query = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? '';

const server = await startPreview({ build: process.argv.includes('--build') });
const browser = await launchChromium();
try {
  mkdirSync(OUT, { recursive: true });
  for (const lang of ['zh', 'en'] as const) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${PREVIEW_URL}/brief?lang=${lang}${query ? `&${query}` : ''}`);
    await page.locator('.brief-masthead').waitFor();
    await page.mouse.move(10, 10);
    await page.waitForFunction(
      () => {
        const charts = [...document.querySelectorAll('.brief [data-chart]')];
        return charts.length >= 5 && charts.every((c) => c.getAttribute('data-chart-drawn') === 'true');
      },
      undefined,
      { timeout: 20_000 },
    );
    await page.screenshot({ path: `${OUT}/screen-${lang}.png`, fullPage: true });
    const pdf = `${OUT}/brief-${lang}.pdf`;
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
    execFileSync('pdftoppm', ['-r', '110', '-png', pdf, `${OUT}/page-${lang}`]);
    const pages = execFileSync('pdfinfo', [pdf])
      .toString()
      .match(/Pages:\s+(\d+)/)?.[1];
    console.log(`${pdf}: ${pages} pages`);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${OUT}/phone-${lang}.png`, fullPage: true });
    await page.close();
  }
} finally {
  await browser.close();
  server.stop();
}
