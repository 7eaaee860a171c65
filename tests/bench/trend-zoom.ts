/**
 * Part of `npm run bench`: zoom and pan on `/water-quality` with every station at 4-hourly resolution (5 stations ×
 * 2 indicators × 1650 readings), the two trends linked. Prints the frame intervals while the wheel zooms and a drag
 * pans: median, 95th percentile, longest, and how many frames took longer than 50 ms.
 */
import { launchChromium, PREVIEW_URL, startPreview } from '../tools/preview-server';

const STEPS = 24;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * q)]!;

const server = await startPreview({ build: false });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${PREVIEW_URL}/water-quality?interval=4h`);
  await page.waitForFunction(() => document.querySelectorAll('[data-chart-drawn="true"]').length === 2, null, {
    timeout: 15_000,
  });
  const points = await page.evaluate(() => document.body.textContent?.match(/4 小时 · (\d) 个站点/)?.[1]);
  // The trends are drawn first as snapshots: a pointer wakes both, live and linked.
  await page.locator('[data-chart]').first().hover();
  await page.waitForFunction(() => document.querySelectorAll('[data-chart] canvas').length >= 2, null, {
    timeout: 15_000,
  });
  const box = (await page.locator('[data-chart] canvas').first().boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);

  const record = async (label: string, act: () => Promise<void>) => {
    // A string, not a function: tsx would wrap a function's inner helpers in `__name`, which the page lacks.
    await page.evaluate(`(() => {
      window.frames_ = [];
      window.running_ = true;
      let last = performance.now();
      const loop = (now) => {
        window.frames_.push(now - last);
        last = now;
        if (window.running_) requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    })()`);
    await act();
    const frames = await page.evaluate(() => {
      const w = window as unknown as { frames_: number[]; running_: boolean };
      w.running_ = false;
      return w.frames_.slice(1);
    });
    const slow = frames.filter((f) => f > 50).length;
    console.log(
      `  ${label}: ${frames.length} frames, median ${quantile(frames, 0.5).toFixed(1)} ms, p95 ${quantile(frames, 0.95).toFixed(1)} ms, longest ${Math.max(...frames).toFixed(1)} ms, ${slow} over 50 ms`,
    );
  };

  console.log(`route /water-quality?interval=4h (${points ?? '?'} stations, both trends linked)`);
  await record('wheel zoom in', async () => {
    for (let i = 0; i < STEPS; i++) {
      await page.mouse.wheel(0, -120);
      await page.waitForTimeout(30);
    }
  });
  await record('drag pan', async () => {
    await page.mouse.down();
    for (let i = 1; i <= STEPS; i++) await page.mouse.move(x - i * 12, y, { steps: 2 });
    await page.mouse.up();
  });
  await record('wheel zoom out', async () => {
    for (let i = 0; i < STEPS; i++) {
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(30);
    }
  });
} finally {
  await browser.close();
  server.stop();
}
