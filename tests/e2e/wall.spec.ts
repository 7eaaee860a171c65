import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectProblems, dataFile, expectChartsDrawn } from './helpers';

/** Two trends, the map, the towns' bars, the cumulative chart. */
const WALL_CHARTS = 5;

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
      charts: document.querySelectorAll('[data-chart]').length,
      // every canvas: a chart's own, and any layer ECharts adds (the map's moving water)
      canvases: [...document.querySelectorAll<HTMLCanvasElement>('[data-chart] canvas')].map((canvas) => {
        const r = canvas.getBoundingClientRect();
        return { backing: [canvas.width, canvas.height], shown: [r.width, r.height], dpr: window.devicePixelRatio };
      }),
      counterFontPx: parseFloat(getComputedStyle(document.querySelector('.wall-counter-value')!).fontSize),
    };
  });
}

/** What breaks the wall's layout facts in a `measure`ment: empty when it holds them all. */
function layoutProblems(m: Awaited<ReturnType<typeof measure>>): string[] {
  const problems: string[] = [];
  if (m.scroll.x !== 0 || m.scroll.y !== 0) problems.push(`scrolls ${m.scroll.x}, ${m.scroll.y}`);
  if (m.overflowing.length > 0) problems.push(`overflows: ${m.overflowing.join(', ')}`);
  // letterboxed: 16:9, as large as fits, centred
  if (Math.abs(m.stage.width / m.stage.height - 16 / 9) > 0.01) problems.push('not 16:9');
  if (Math.min(m.viewport.width - m.stage.width, m.viewport.height - m.stage.height) > 1)
    problems.push('not as large as fits');
  if (Math.abs(m.stage.left * 2 + m.stage.width - m.viewport.width) > 1) problems.push('not centred across');
  if (Math.abs(m.stage.top * 2 + m.stage.height - m.viewport.height) > 1) problems.push('not centred down');
  // type scales with the screen: 50 design pixels on a 1920-wide stage
  if (Math.abs(m.counterFontPx - (50 * m.stage.width) / 1920) > 0.5) problems.push(`counter type ${m.counterFontPx}px`);
  if (m.charts !== WALL_CHARTS) problems.push(`${m.charts} charts`);
  // drawn at the real pixel size: backing store = displayed size × device pixel ratio
  for (const c of m.canvases) {
    if (Math.abs(c.backing[0]! - c.shown[0]! * c.dpr) > 1 || Math.abs(c.backing[1]! - c.shown[1]! * c.dpr) > 1) {
      problems.push(`canvas ${c.backing.join('×')} shown at ${c.shown.join('×')} @${c.dpr}x`);
    }
  }
  return problems;
}

test('at 1366×768, 1920×1080, 3840×2160 and ultra-wide 2560×1080 in turn: fills the screen, every chart redrawn sharp at its new size by the same instances', async ({
  page,
}) => {
  const problems = collectProblems(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/wall?rotate=0&refresh=0');
  await expectChartsDrawn(page, WALL_CHARTS);
  expect(layoutProblems(await measure(page))).toEqual([]);
  let previous = await measure(page);
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 3840, height: 2160 },
    // the stage keeps 16:9 and stands centred between bars
    { width: 2560, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    const stageBefore = previous.stage.width;
    const widthsBefore = previous.canvases.map((c) => c.shown[0]!);
    await expect
      .poll(async () => {
        const m = await measure(page);
        const scale = m.stage.width / stageBefore;
        // every chart as much wider (or narrower) as the stage, and drawn at its new size
        const resized = m.canvases.every((c, i) => Math.abs(c.shown[0]! - widthsBefore[i]! * scale) <= 2);
        return [...layoutProblems(m), ...(resized ? [] : ['not resized with the stage'])];
      })
      .toEqual([]);
    previous = await measure(page);
  }
  await expect(page.locator('[_echarts_instance_]')).toHaveCount(WALL_CHARTS);
  expect(problems).toEqual([]);
});

test.describe('a 4K TV whose browser runs at 200 %', () => {
  test.use({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 2 });

  test('fills the screen, every chart using all of its pixels', async ({ page }) => {
    await page.goto('/wall?rotate=0&refresh=0');
    await expectChartsDrawn(page, WALL_CHARTS);
    const m = await measure(page);
    expect(m.canvases.every((c) => c.dpr === 2)).toBe(true);
    expect(layoutProblems(m)).toEqual([]);
  });
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
  // On Playwright's clock, paused once the wall has drawn: each second passes when the test says so, not while the
  // machine is busy (an installed clock still flows with real time until it is paused).
  await page.clock.install();
  await page.goto('/wall?rotate=1&refresh=0');
  await expectChartsDrawn(page, WALL_CHARTS);
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 5000));
  const [water, sewers] = [page.getByTestId('wall-focus').first(), page.getByTestId('wall-focus').last()];
  const position = async (panel: Locator, count: number) => {
    const match = new RegExp(`(\\d) / ${count}`).exec((await panel.textContent()) ?? '');
    expect(match, `"k / ${count}" in the ${panel === water ? 'water' : 'sewer'} panel`).not.toBeNull();
    return Number(match![1]);
  };
  const [station, town] = [await position(water, 5), await position(sewers, 8)];
  await page.clock.runFor(1000);
  await expect(water).toContainText(`${(station % 5) + 1} / 5`);
  await expect(sewers).toContainText(`${(town % 8) + 1} / 8`);
  await page.clock.runFor(1000);
  await expect(water).toContainText(`${((station + 1) % 5) + 1} / 5`);
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

interface WaterFigures {
  summaries: {
    event: { start: string };
    figures: {
      stationId: string;
      indicator: string;
      lagDays: number | null;
      baseline: { mean: number };
      during: { mean: number };
    }[];
  }[];
}

const DAY_MS = 86_400_000;
const SHANGHAI_MS = 8 * 3_600_000;
const shanghaiDate = (ms: number) => new Date(ms + SHANGHAI_MS).toISOString().slice(0, 10);
/** GB 3838-2002 NH3-N limits of classes I–V, mg/L: the class of a value, written out again here. */
const nh3nClass = (value: number) =>
  (['I', 'II', 'III', 'IV', 'V'] as const)[[0.15, 0.5, 1.0, 1.5, 2.0].findIndex((limit) => value <= limit)] ??
  'worse-than-V';

test('replay: each station on the map changes class on the day the water shows there; the water moves unless reduced motion is asked for', async ({
  page,
}) => {
  const summary = dataFile<WaterFigures>('water-figures.json').summaries[0]!;
  const start = Date.parse(summary.event.start);
  const figures = summary.figures.filter((f) => f.indicator === 'nh3n');
  const lags = figures.flatMap((f) => (f.lagDays === null ? [] : [f.lagDays])).sort((a, b) => a - b);
  expect(lags.length).toBeGreaterThan(2);
  // From the second arrival: from then until the last one (12 days, 6 s of replay, on this data) some stations have
  // seen the water and some not.
  const second = lags[1]!;
  // rotate=3600: a rotation to pause (Space holds the replay with it), that does not step during the test
  await page.goto(`/wall?replay=${shanghaiDate(start + second * DAY_MS)}&rotate=3600&refresh=0`);
  const date = page.getByTestId('wall-replay-date').locator('time');
  const stations = page.getByTestId('map-stations').locator('li');
  const hold = async () => {
    await page.keyboard.press(' ');
    await expect(page.getByTestId('wall-rotation-state')).toHaveText(/暂停/);
  };
  /** The map's stations at the day shown, against the served lags and means: the stations the water has reached. */
  const expectMapAtShownDay = async () => {
    const shown = Date.parse(`${(await date.textContent())!}T00:00:00+08:00`);
    const reached = figures.filter((f) => f.lagDays !== null && shown >= start + f.lagDays * DAY_MS);
    const states = await stations.evaluateAll((items) =>
      items.map((li) => ({ id: li.dataset.station, waterClass: li.dataset.class, arrival: li.dataset.arrival })),
    );
    expect(states.sort((a, b) => a.id!.localeCompare(b.id!))).toEqual(
      figures
        .map((f) => {
          const seen = reached.includes(f);
          return {
            id: f.stationId,
            waterClass: nh3nClass(seen ? f.during.mean : f.baseline.mean),
            arrival: seen ? String(f.lagDays) : 'not-yet',
          };
        })
        .sort((a, b) => a.id.localeCompare(b.id)),
    );
    return { shown, reached: reached.length };
  };
  await expect(stations).toHaveCount(figures.length);
  await hold();
  const first = await expectMapAtShownDay();
  expect(first.reached).toBeGreaterThan(0);
  expect(first.reached).toBeLessThan(figures.length);
  // On for a few days, held again: the stations reached by then.
  await page.keyboard.press(' ');
  await expect
    .poll(async () => Date.parse(`${(await date.textContent())!}T00:00:00+08:00`))
    .toBeGreaterThan(first.shown + DAY_MS);
  await hold();
  expect((await expectMapAtShownDay()).reached).toBeGreaterThanOrEqual(first.reached);

  // Held inside the transfer: the water on the inflow moves, until the screen asks for reduced motion (the map follows
  // the preference without a reload).
  await expect(page.locator('.wall-map .schematic-map')).toHaveAttribute('data-flowing', 'true');
  const map = page.locator('.wall-map [data-chart]');
  await expect(map).toHaveAttribute('data-chart-drawn', 'true');
  const moves = async () => {
    const before = await map.screenshot();
    await page.waitForTimeout(600);
    return !(await map.screenshot()).equals(before);
  };
  expect(await moves()).toBe(true);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect(page.locator('.wall-map .schematic-map')).toHaveAttribute('data-animating', 'false');
  expect(await moves()).toBe(false);
});
