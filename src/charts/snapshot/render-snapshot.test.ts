import { describe, expect, it } from 'vitest';
import { townBar } from '../../testing/town-bar';
import type { ChartRecipe } from '../recipes';
import { deskTheme } from '../theme';
import { renderSnapshot } from './render-snapshot';

const DAY = 86_400_000;
const start = Date.UTC(2023, 6, 1);
/** 92 daily readings, July to September 2023. */
const days = Array.from({ length: 92 }, (_, i) => [start + i * DAY, 0.3 + (i % 10) / 100] as [number, number]);
const trend = { nh3n: days, tn: days, transfer: { start: start + 40 * DAY, end: start + 70 * DAY } };

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);

describe('renderSnapshot', () => {
  it('draws a recipe as SVG at the size asked, in the language asked', async () => {
    const zh = await renderSnapshot({ builder: 'trendOverview', args: [trend, deskTheme, 'zh'] }, 'zh', 640, 340);
    expect(zh).toMatch(/^<svg [^>]*width="640" height="340"/);
    // The transfer's band is labelled, and the time axis names the months the way the live chart does.
    expect(texts(zh)).toEqual(expect.arrayContaining(['调水期', '8月', '9月']));
    // One line per indicator, in the theme's colours.
    expect(zh).toContain(`stroke="${deskTheme.indicator.nh3n}"`);
    expect(zh).toContain(`stroke="${deskTheme.indicator.tn}"`);

    const en = await renderSnapshot({ builder: 'trendOverview', args: [trend, deskTheme, 'en'] }, 'en', 640, 340);
    expect(texts(en)).toEqual(expect.arrayContaining(['Aug', 'Sep']));
    expect(texts(en)).not.toContain('8月');
  });

  it('keeps the text of the data as text: markup in a label is escaped, never inserted', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const points = [
      { month: hostile, planned: 10, actual: 5 },
      { month: '2024-02', planned: 20, actual: 12 },
    ];
    const svg = await renderSnapshot(
      { builder: 'cumulativeProgress', args: [points, '2024-02', deskTheme, 'zh'] },
      'zh',
      640,
      340,
    );
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('draws bars with the patterns that tell the statuses apart, each bar marked with its series and town', async () => {
    const towns = [townBar('洛阳镇', 33, 42), townBar('礼嘉镇', 63, null)];
    const svg = await renderSnapshot(
      { builder: 'townVillages', args: [{ towns, selected: null }, deskTheme, 'zh'] },
      'zh',
      400,
      300,
    );
    expect(texts(svg)).toEqual(expect.arrayContaining(['洛阳镇', '礼嘉镇']));
    // Each status's bars are overlaid with a pattern of its own, as on the live chart (aria's decal).
    const patterns = new Set(svg.match(/fill="url\(#[^)]+\)"/g));
    expect(patterns.size).toBeGreaterThanOrEqual(3);
    // What a click on a snapshot reports (`snapshotClick`): three stacked statuses and a plan diamond per town.
    const items = [...svg.matchAll(/ecmeta_series_index="(\d)" ecmeta_data_index="(\d)"/g)].map(
      (m) => `${m[1]}:${m[2]}`,
    );
    expect(items).toEqual(expect.arrayContaining(['0:0', '0:1', '1:0', '1:1', '2:0', '2:1', '3:0']));
  });

  it('fails a chart it has no modules for, rather than drawing it wrong', async () => {
    const recipe: ChartRecipe = { builder: 'townKm', args: [{ towns: [], selected: null }, deskTheme, 'zh'] };
    await expect(renderSnapshot(recipe, 'zh', 400, 300)).resolves.toMatch(/^<svg /);
    const { loadExtensions } = await import('./render-snapshot');
    await expect(loadExtensions(['map'])).rejects.toThrow('snapshots cannot draw with "map"');
  });
});
