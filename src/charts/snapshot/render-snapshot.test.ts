import { describe, expect, it } from 'vitest';
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
});
