import { expect, test, type Page } from '@playwright/test';
import { collectProblems, expectChartsDrawn } from './helpers';

const WALL_CHARTS = 4;

/** Layout facts the wall must hold at any size: no scrollbars, a centred 16:9 stage, charts at the real pixel size. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const stage = document.querySelector('.wall-stage')!.getBoundingClientRect();
    const overflowing = [...document.querySelectorAll('.wall-stage *')].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.right > stage.right + 1 || r.bottom > stage.bottom + 1 || r.left < stage.left - 1);
    });
    return {
      scroll: {
        x: document.documentElement.scrollWidth - window.innerWidth,
        y: document.documentElement.scrollHeight - window.innerHeight,
      },
      stage: { left: stage.left, top: stage.top, width: stage.width, height: stage.height },
      viewport: { width: window.innerWidth, height: window.innerHeight },
      overflowing: overflowing.map((el) => `${el.tagName}.${el.className}`),
      canvases: [...document.querySelectorAll<HTMLCanvasElement>('[data-chart] canvas')].map((canvas) => {
        const r = canvas.getBoundingClientRect();
        return { backing: [canvas.width, canvas.height], shown: [r.width, r.height], dpr: window.devicePixelRatio };
      }),
      counterFontPx: parseFloat(getComputedStyle(document.querySelector('.wall-counter-value')!).fontSize),
    };
  });
}

for (const { width, height, dpr } of [
  { width: 1366, height: 768, dpr: 1 },
  { width: 1920, height: 1080, dpr: 1 },
  { width: 3840, height: 2160, dpr: 1 },
  // A 4K TV whose browser runs at 200 %: the charts must use all of its pixels.
  { width: 1920, height: 1080, dpr: 2 },
  // Ultra-wide: the stage keeps 16:9 and stands centred between bars.
  { width: 2560, height: 1080, dpr: 1 },
]) {
  test.describe(`at ${width}×${height} @${dpr}x`, () => {
    test.use({ viewport: { width, height }, deviceScaleFactor: dpr });

    test('fills the screen without scrollbars, every chart drawn sharp', async ({ page }) => {
      const problems = collectProblems(page);
      await page.goto('/wall?rotate=0&refresh=0');
      await expectChartsDrawn(page, WALL_CHARTS);
      const m = await measure(page);
      expect(m.scroll).toEqual({ x: 0, y: 0 });
      expect(m.overflowing).toEqual([]);
      // letterboxed: 16:9, as large as fits, centred
      expect(m.stage.width / m.stage.height).toBeCloseTo(16 / 9, 2);
      expect(Math.min(m.viewport.width - m.stage.width, m.viewport.height - m.stage.height)).toBeLessThanOrEqual(1);
      expect(Math.abs(m.stage.left * 2 + m.stage.width - m.viewport.width)).toBeLessThanOrEqual(1);
      expect(Math.abs(m.stage.top * 2 + m.stage.height - m.viewport.height)).toBeLessThanOrEqual(1);
      // type scales with the screen: 50 design pixels on a 1920-wide stage
      expect(m.counterFontPx).toBeCloseTo((50 * m.stage.width) / 1920, 0);
      // drawn at the real pixel size: backing store = displayed size × device pixel ratio
      expect(m.canvases).toHaveLength(WALL_CHARTS);
      for (const canvas of m.canvases) {
        expect(Math.abs(canvas.backing[0]! - canvas.shown[0]! * canvas.dpr)).toBeLessThanOrEqual(1);
        expect(Math.abs(canvas.backing[1]! - canvas.shown[1]! * canvas.dpr)).toBeLessThanOrEqual(1);
      }
      expect(problems).toEqual([]);
    });
  });
}

test('redraws its charts at the new size when the window changes, without new instances', async ({ page }) => {
  await page.goto('/wall?rotate=0&refresh=0');
  await expectChartsDrawn(page, WALL_CHARTS);
  await page.setViewportSize({ width: 2560, height: 1440 });
  await expect
    .poll(async () =>
      (await measure(page)).canvases.every((c) => Math.abs(c.backing[0]! - c.shown[0]!) <= 1 && c.shown[0]! > 1000),
    )
    .toBe(true);
  await expect(page.locator('[_echarts_instance_]')).toHaveCount(WALL_CHARTS);
});

test('goes full screen with a click or F, and back', async ({ page }) => {
  await page.goto('/wall?rotate=0&refresh=0');
  await expectChartsDrawn(page, WALL_CHARTS);
  const isFullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
  await page.mouse.move(1300, 40);
  await page.getByRole('button', { name: '全屏' }).click();
  await expect.poll(isFullscreen).toBe(true);
  await expect(page.getByRole('button', { name: '退出全屏' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('f');
  await expect.poll(isFullscreen).toBe(false);
  await page.keyboard.press('F');
  await expect.poll(isFullscreen).toBe(true);
});

test('rotates the highlighted station and town every second under rotate=1, and Space pauses it', async ({ page }) => {
  // On Playwright's clock: each second passes when the test says so, not while the machine is busy drawing.
  await page.clock.install();
  await page.goto('/wall?rotate=1&refresh=0');
  await expectChartsDrawn(page, WALL_CHARTS);
  const [water, sewers] = [page.getByTestId('wall-focus').first(), page.getByTestId('wall-focus').last()];
  await expect(water).toContainText('1 / 5');
  await page.clock.runFor(1000);
  await expect(water).toContainText('2 / 5');
  await expect(sewers).toContainText('2 / 8');
  await page.clock.runFor(1000);
  await expect(water).toContainText('3 / 5');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('wall-rotation-state')).toHaveText('轮换已暂停');
  const paused = await water.textContent();
  await page.clock.runFor(2500);
  await expect(water).toHaveText(paused!);
  await page.keyboard.press('ArrowRight');
  await expect(water).not.toHaveText(paused!);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('wall-rotation-state')).toHaveText('每 1 秒轮换');
  // one chart instance each, whatever the rotation did
  await expect(page.locator('[_echarts_instance_]')).toHaveCount(WALL_CHARTS);
});

test('hides the pointer and the controls after 3 s still, and shows them on movement', async ({ page }) => {
  await page.clock.install();
  await page.goto('/wall?rotate=0&refresh=0');
  await expectChartsDrawn(page, WALL_CHARTS);
  const screen = page.locator('.wall-screen');
  await page.mouse.move(400, 400);
  await expect(screen).toHaveAttribute('data-idle', 'false');
  await page.clock.runFor(3100);
  await expect(screen).toHaveAttribute('data-idle', 'true');
  expect(await screen.evaluate((el) => getComputedStyle(el).cursor)).toBe('none');
  await page.mouse.move(420, 410);
  await expect(screen).toHaveAttribute('data-idle', 'false');
});

test('keeps the last good data through an outage, says stale since when, and recovers by itself', async ({ page }) => {
  // From the start of a minute, so that the last good refresh (about 10 s in) falls in the minute first shown.
  await page.clock.install({ time: new Date('2024-04-01T09:00:00+08:00') });
  await page.goto('/wall?mock=outage&refresh=5&rotate=0');
  await expectChartsDrawn(page, WALL_CHARTS);
  const status = page.getByRole('status').filter({ hasText: /更新|过时/ });
  await expect(status).toHaveText(/^更新于 \d\d:\d\d$/);
  const lastGood = (await status.textContent())!.slice(-5);
  // the outage starts 10 s after the first request: the refresh at 15 s fails, and so does its retry a second later
  await page.clock.runFor(15_000);
  await page.clock.runFor(1_500);
  await expect(status).toHaveText(`数据已过时 · 最后成功更新 ${lastGood}`);
  await expect(page.locator('.wall-panel[data-stale="true"]')).toHaveCount(2);
  await expect(page.locator('[data-chart-drawn="true"]')).toHaveCount(WALL_CHARTS);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // the API answers again after 30 s: the next refresh brings it back
  await page.clock.runFor(20_000);
  await expect(status).toHaveText(/^更新于 \d\d:\d\d$/);
  await expect(page.locator('.wall-panel[data-stale="true"]')).toHaveCount(0);
});

test('replay steps through the days with the date shown large', async ({ page }) => {
  await page.goto('/wall?replay=1&rotate=0&refresh=0');
  const date = page.getByTestId('wall-replay-date').locator('time');
  await expect(date).toHaveText(/^\d{4}-\d\d-\d\d$/);
  const first = (await date.textContent())!;
  await expect.poll(async () => (await date.textContent())! > first, { timeout: 5000 }).toBe(true);
  await expect(page.locator('[data-chart-drawn="true"]')).toHaveCount(WALL_CHARTS);
});
