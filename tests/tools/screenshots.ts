/**
 * `npm run screenshots`: builds, serves the production build and saves screenshots of every route in both
 * languages at desktop and wall sizes into test-results/screenshots/ (the README's picture is copied from there by hand).
 */
import { mkdirSync } from 'node:fs';
import { launchChromium, PREVIEW_URL, startPreview } from './preview-server';

const ROUTES = ['/', '/water-quality', '/sewers', '/data', '/wall'];
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
  // A 4K wall screen: only the wall is made for it.
  { width: 3840, height: 2160, only: '/wall' },
  // A phone, from a link in a chat group: the overview.
  { width: 412, height: 915, only: '/' },
];
/** Routes and how many charts they draw, to wait for. */
const CHARTS: Record<string, number> = { '/': 2, '/water-quality': 2, '/sewers': 3, '/wall': 5 };
/** The wall holds still for its picture: no rotation, no refresh. */
const QUERY: Record<string, string> = { '/wall': 'rotate=0&refresh=0&' };
const OUT = 'test-results/screenshots';

const server = await startPreview();
const browser = await launchChromium();
try {
  mkdirSync(OUT, { recursive: true });
  for (const size of SIZES) {
    for (const lang of ['zh', 'en']) {
      for (const route of ROUTES.filter((r) => !size.only || r === size.only)) {
        const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
        await page.goto(`${PREVIEW_URL}${route}?${QUERY[route] ?? ''}lang=${lang}`);
        await page.waitForLoadState('networkidle');
        const charts = CHARTS[route] ?? 0;
        if (charts > 0) await page.waitForSelector(`[data-chart-drawn="true"] >> nth=${charts - 1}`);
        const name = `${route === '/' ? 'overview' : route.slice(1)}-${lang}-${size.width}x${size.height}.png`;
        await page.screenshot({ path: `${OUT}/${name}`, fullPage: true });
        console.log(`${OUT}/${name}`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  server.stop();
}
