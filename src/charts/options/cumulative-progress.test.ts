import { describe, expect, it } from 'vitest';
import { linesIn, renderChartSvg } from '../../testing/render-chart-svg';
import { deskTheme } from '../theme';
import { buildCumulativeProgressOption, type ProgressPoint } from './cumulative-progress';
import { extensionsFor } from '../extensions';
import { CHARTS } from '../registry';

const points: ProgressPoint[] = [
  { month: '2024-01', planned: 10, actual: 9 },
  { month: '2024-02', planned: 20, actual: 18 },
  { month: '2024-03', planned: 30, actual: 25 },
  { month: '2024-04', planned: 40, actual: null },
  { month: '2024-05', planned: 50, actual: null },
];

type Series = { id: string; name: string; data: (number | null)[]; markLine?: { data: { xAxis: string }[] } };

describe('buildCumulativeProgressOption', () => {
  it('draws the actuals up to the as-of month and the plan through to the end, marked "As of"', () => {
    const svg = renderChartSvg(buildCumulativeProgressOption(points, '2024-03', deskTheme, 'en'));
    expect(svg).toContain('As of 2024-03');
    expect(linesIn(svg, deskTheme.actual).map((line) => line.map((run) => run.length))).toEqual([[3]]);
    // the plan: solid to the as-of month, dashed after it (joined there)
    expect(linesIn(svg, deskTheme.plan).map((line) => line.map((run) => run.length))).toEqual([[3], [3]]);
  });

  it('splits the plan at the as-of month: solid before, dashed after, joined at the as-of month', () => {
    const option = buildCumulativeProgressOption(points, '2024-03', deskTheme, 'en');
    const [past, future, actual] = option.series as Series[];
    expect(past!.data).toEqual([10, 20, 30, null, null]);
    expect(future!.data).toEqual([null, null, 30, 40, 50]);
    expect(actual!.data).toEqual([9, 18, 25, null, null]);
    expect(actual!.markLine!.data).toEqual([{ xAxis: '2024-03' }]);
    expect((option.series as Series[]).map((s) => s.name)).toEqual(['Plan', 'Plan (ahead)', 'Actual']);
  });

  it('names the series in Chinese', () => {
    const option = buildCumulativeProgressOption(points, '2024-03', deskTheme, 'zh');
    expect((option.series as Series[]).map((s) => s.name)).toEqual(['计划', '计划（未来）', '实际']);
  });

  it('has no as-of mark without actuals, and renders empty input', () => {
    const option = buildCumulativeProgressOption([], '', deskTheme, 'zh');
    expect((option.series as Series[]).find((s) => s.id === 'actual')!.markLine).toBeUndefined();
    const svg = renderChartSvg(option);
    expect(svg).toContain('实际');
    expect(linesIn(svg, deskTheme.actual)).toEqual([]);
  });

  it('draws the actuals alone, with no plan in the legend, when no plan was given', () => {
    const option = buildCumulativeProgressOption(
      points.map((p) => ({ ...p, planned: null })),
      '2024-03',
      deskTheme,
      'zh',
    );
    expect((option.series as Series[]).map((s) => s.id)).toEqual(['actual']);
    const svg = renderChartSvg(option);
    expect(svg).not.toContain('计划');
    expect(linesIn(svg, deskTheme.plan)).toEqual([]);
    expect(linesIn(svg, deskTheme.actual)).not.toEqual([]);
  });

  it('escapes the tooltip', () => {
    const option = buildCumulativeProgressOption(points, '2024-03', deskTheme, 'en');
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter([{ axisValue: '2024-01', seriesName: '<b>x</b>', marker: '', value: 9 }]);
    expect(html).toBe('2024-01<br>&lt;b&gt;x&lt;/b&gt;: <b>9</b>');
  });

  it('draws with the extensions the registry declares', () => {
    const option = buildCumulativeProgressOption(points, '2024-03', deskTheme, 'zh');
    expect(extensionsFor(option)).toEqual(CHARTS.cumulativeProgress.extensions);
  });
});
