import { describe, expect, it } from 'vitest';
import type { Reading } from '../../domain/readings';
import { DAY_MS, parseShanghaiDate } from '../../domain/shanghai-time';
import { linesIn, renderChartSvg as renderSvg } from '../../testing/render-chart-svg';
import { toChartTime } from '../chart-time';
import { deskTheme } from '../theme';
import { buildTrendOverviewOption } from './trend-overview';
import { extensionsFor } from '../extensions';
import { CHARTS } from '../registry';

const day0 = parseShanghaiDate('2023-10-01')!;
const days = (values: (number | null)[]): Reading[] => values.map((v, i) => [day0 + i * DAY_MS, v]);
const transfer = { start: day0 + 2 * DAY_MS, end: day0 + 4 * DAY_MS };

type Series = { name: string; data: [number, number | null][]; markArea?: { data: unknown[] } };

describe('buildTrendOverviewOption', () => {
  it.each(['zh', 'en'] as const)('draws both indicators with the transfer band (%s)', (language) => {
    const option = buildTrendOverviewOption(
      { nh3n: days([0.5, 0.4, null, 0.3, 0.2]), tn: days([2, 1.9, 1.8, null, 1.6]), transfer },
      deskTheme,
      language,
    );
    const series = option.series as Series[];
    expect(series.map((s) => s.name)).toEqual(language === 'zh' ? ['氨氮', '总氮'] : ['NH3-N', 'TN']);
    // gaps stay gaps: null is kept, never interpolated or dropped
    expect(series[0]!.data[2]).toEqual([toChartTime(day0 + 2 * DAY_MS), null]);
    expect(series[0]!.markArea!.data).toHaveLength(1);
    const svg = renderSvg(option);
    expect(svg).toContain(language === 'zh' ? '调水期' : 'Transfer');
    // NH3-N as two runs around the gap, falling values drawn lower (SVG y grows downwards)
    const [nh3n] = linesIn(svg, deskTheme.indicator.nh3n);
    expect(nh3n!.map((run) => run.length)).toEqual([2, 2]);
    const ys = nh3n!.flat().map(([, y]) => y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it('shades a running transfer up to the last reading', () => {
    const option = buildTrendOverviewOption(
      { nh3n: days([0.5, 0.4, 0.3, 0.2]), tn: [], transfer: { start: transfer.start, end: null } },
      deskTheme,
      'en',
    );
    const band = (option.series as Series[])[0]!.markArea!.data[0] as [{ xAxis: number }, { xAxis: number }];
    expect(band[1].xAxis).toBe(toChartTime(day0 + 3 * DAY_MS));
  });

  it.each([
    ['no data', [], []],
    ['all-null series', days([null, null]), days([null, null])],
  ])('survives %s without a transfer', (_, nh3n, tn) => {
    const option = buildTrendOverviewOption({ nh3n, tn, transfer: null }, deskTheme, 'zh');
    expect((option.series as Series[])[0]!.markArea!.data).toEqual([]);
    expect(() => renderSvg(option)).not.toThrow();
  });

  it('shows Shanghai dates and escapes what it writes into the HTML tooltip', () => {
    const option = buildTrendOverviewOption({ nh3n: days([0.5]), tn: days([2]), transfer: null }, deskTheme, 'en');
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter([
      {
        axisValue: toChartTime(day0),
        seriesName: '<img src=x onerror=alert(1)>',
        marker: '',
        value: [toChartTime(day0), 0.5],
      },
      { axisValue: toChartTime(day0), seriesName: 'TN', marker: '', value: [toChartTime(day0), null] },
    ]);
    expect(html).toContain('2023-10-01');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('0.500 mg/L');
    expect(html).toContain('TN: <b>—</b>');
  });

  it('draws with the extensions the registry declares', () => {
    const option = buildTrendOverviewOption({ nh3n: days([0.5]), tn: days([2]), transfer }, deskTheme, 'zh');
    expect(extensionsFor(option)).toEqual(CHARTS.trendOverview.extensions);
  });
});
