import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS, parseShanghaiDate } from '../../domain/shanghai-time';
import type { Reading } from '../../domain/readings';
import { renderChartSvg } from '../../testing/render-chart-svg';
import { toChartTime } from '../chart-time';
import { deskTheme } from '../theme';
import { wallTheme } from '../wall-theme';
import {
  buildStationTrendOption,
  stationTrendOption,
  trendAxisMax,
  trendHasReadings,
  type StationTrendInput,
  type TrendLine,
} from './station-trend';
import { extensionsFor } from '../extensions';
import { CHARTS } from '../registry';

const day0 = parseShanghaiDate('2023-10-01')!;
const days = (values: (number | null)[]): Reading[] => values.map((v, i) => [day0 + i * DAY_MS, v]);
const line = (name: string, values: (number | null)[], kind: TrendLine['kind'] = 'lake', style = 0): TrendLine => ({
  name,
  kind,
  style,
  readings: days(values),
});
const input = (lines: TrendLine[], overrides: Partial<StationTrendInput> = {}): StationTrendInput => ({
  indicator: 'nh3n',
  interval: '1d',
  lines,
  bands: [{ name: '新孟河调水', start: day0 + 2 * DAY_MS, end: day0 + 4 * DAY_MS }],
  range: { from: day0, to: day0 + 5 * DAY_MS },
  ...overrides,
});

interface SeriesShape {
  name: string;
  data: [number, number | null][];
  lineStyle?: { type: unknown; color: string; width: number; opacity: number };
  z?: number;
  markArea?: { data: { name?: string; xAxis: number }[][] };
  markLine?: { data: { yAxis: number; name: string }[] };
}
type Tooltip = { formatter: (params: unknown) => string };

function built(trend: StationTrendInput, language: 'zh' | 'en' = 'zh') {
  const result = buildStationTrendOption(trend, deskTheme, language);
  if ('warn' in result) throw new Error(`expected an option, got ${result.warn}`);
  const series = result.option.series as SeriesShape[];
  return { option: result.option, lines: series.slice(0, -1), decorations: series.at(-1)! };
}

describe('buildStationTrendOption', () => {
  it.each([
    ['no stations', []],
    ['only gaps', [line('A', [null, null]), line('B', [null])]],
    ['stations without readings', [line('A', [])]],
  ])('warns instead of drawing an empty chart: %s', (_, lines) => {
    expect(buildStationTrendOption(input(lines), deskTheme, 'zh')).toEqual({ warn: 'no-data' });
    expect(trendHasReadings(input(lines))).toBe(false);
  });

  it('has readings to draw where last year has a value, even if this year has none', () => {
    expect(trendHasReadings(input([line('A', [null])], { lastYear: [line('A', [null, 0.4])] }))).toBe(true);
    expect(trendHasReadings(input([line('A', [null, 0.5])]))).toBe(true);
  });

  it('draws one line per station with its own colour and dash, keeping gaps as gaps', () => {
    const { lines } = built(
      input([line('滆湖北', [0.5, null, 0.4], 'lake', 0), line('滆湖心', [0.6, 0.5, 0.4], 'lake', 2)]),
    );
    expect(lines.map((s) => s.name)).toEqual(['滆湖北', '滆湖心']);
    expect(lines[0]!.data[1]).toEqual([toChartTime(day0 + DAY_MS), null]);
    expect(lines[0]!.lineStyle).toEqual({ width: 2, color: deskTheme.stations[0]!.color, type: 'solid', opacity: 1 });
    expect(lines[1]!.lineStyle!.type).toEqual(deskTheme.stations[2]!.dash);
  });

  it('brings a highlighted station forward and fades the others', () => {
    const { lines } = built(
      input([line('A', [0.5, 0.4]), line('B', [0.6, 0.5]), line('C', [0.7, 0.4])], { highlight: 1 }),
    );
    expect(lines.map((s) => [s.lineStyle!.width, s.lineStyle!.opacity, s.z])).toEqual([
      [2, 0.4, 2],
      [4, 1, 3],
      [2, 0.4, 2],
    ]);
  });

  it('names every series with an id that stays when the highlight moves, so the wall can update in place', () => {
    const lines = [line('A', [0.5, 0.4]), line('B', [0.6, 0.5])];
    const ids = (highlight: number) =>
      (built(input(lines, { highlight })).option.series as { id: string }[]).map((s) => s.id);
    expect(new Set(ids(0)).size).toBe(3);
    expect(ids(1)).toEqual(ids(0));
  });

  it('leaves off zoom and its slider band when asked (the wall)', () => {
    const desk = built(input([line('A', [0.5, 0.4])])).option;
    const wall = built(input([line('A', [0.5, 0.4])], { zoom: false })).option;
    expect(desk.dataZoom).toHaveLength(2);
    expect(wall.dataZoom).toEqual([]);
    expect((desk.grid as { bottom: number }).bottom - (wall.grid as { bottom: number }).bottom).toBe(34);
  });

  it('draws the replay up to its day and marks it, holding the axis to all readings', () => {
    const all = built(input([line('A', [0.2, 0.3, 0.9, 0.4])]));
    const replay = built(input([line('A', [0.2, 0.3, 0.9, 0.4])], { until: day0 + DAY_MS }));
    expect(replay.lines[0]!.data.map(([, v]) => v)).toEqual([0.2, 0.3]);
    expect((replay.option.yAxis as { max: number }).max).toBe((all.option.yAxis as { max: number }).max);
    expect(replay.decorations.markLine!.data.at(-1)).toMatchObject({ xAxis: toChartTime(day0 + DAY_MS) });
    expect(all.decorations.markLine!.data.every((d) => 'yAxis' in d)).toBe(true);
  });

  it('scales sizes and type with the wall theme', () => {
    const theme = wallTheme(2);
    const result = buildStationTrendOption(input([line('A', [0.5, 0.4])], { highlight: 0 }), theme, 'en');
    if ('warn' in result) throw new Error(result.warn);
    const option = result.option as { grid: { left: number }; xAxis: { axisLabel: { fontSize: number } } };
    expect(option.grid.left).toBe(104);
    expect(option.xAxis.axisLabel.fontSize).toBe(theme.fontSize);
    expect((result.option.series as SeriesShape[])[0]!.lineStyle!.width).toBe(8);
  });

  it('shades and names every transfer, clipped to the range', () => {
    const bands = [
      { name: '新孟河调水', start: day0 - 10 * DAY_MS, end: day0 + 2 * DAY_MS },
      { name: '望虞河调水', start: day0 + 3 * DAY_MS, end: null },
    ];
    const { decorations } = built(input([line('A', [0.5, 0.4])], { bands }));
    const area = decorations.markArea!.data;
    expect(area.map((b) => b[0]!.name)).toEqual(['新孟河调水', '望虞河调水']);
    expect(area[0]!.map((p) => p.xAxis)).toEqual([toChartTime(day0), toChartTime(day0 + 2 * DAY_MS)]);
    expect(area[1]![1]!.xAxis).toBe(toChartTime(day0 + 5 * DAY_MS));
    expect(renderChartSvg(built(input([line('A', [0.5, 0.4])], { bands })).option)).toContain('望虞河调水');
  });

  it('shades nothing for a transfer wholly before or after the range (an import of other years)', () => {
    const bands = [
      { name: 'before', start: day0 - 400 * DAY_MS, end: day0 - 300 * DAY_MS },
      { name: 'after', start: day0 + 400 * DAY_MS, end: null },
    ];
    const { decorations } = built(input([line('A', [0.5, 0.4])], { bands }));
    expect(decorations.markArea?.data ?? []).toEqual([]);
  });

  it.each([
    ['nh3n', 0.62, 1.0, ['Ⅰ类 0.15', 'Ⅱ类 0.5', 'Ⅲ类 1']],
    ['nh3n', 0.3, 0.5, ['Ⅰ类 0.15', 'Ⅱ类 0.5']],
    ['tn', 2.7, 3.0, ['Ⅰ类 0.2', 'Ⅱ类 0.5', 'Ⅲ类 1', 'Ⅳ类 1.5', 'Ⅴ类 2']],
  ] as const)('draws and names the class limits up to the data (%s max %s)', (indicator, max, yMax, labels) => {
    const { option, decorations } = built(input([line('A', [0.1, max])], { indicator }));
    expect((option.yAxis as { max: number }).max).toBe(yMax);
    expect(decorations.markLine!.data.map((l) => l.name)).toEqual(labels);
    expect(renderChartSvg(option)).toContain(labels.at(-1));
  });

  it('draws no TN limits when only river stations are shown, where GB 3838 has no TN class', () => {
    const { decorations } = built(input([line('北干河入湖口', [2.4, 2.2], 'inflow')], { indicator: 'tn' }));
    expect(decorations.markLine!.data).toEqual([]);
  });

  it('puts value, unit and class in the tooltip and escapes names from the API', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { option } = built(
      input([line(hostile, [0.476]), line('北干河入湖口', [2.4], 'inflow')], { indicator: 'tn' }),
      'en',
    );
    const tooltip = option.tooltip as Tooltip;
    const html = tooltip.formatter([
      { axisValue: toChartTime(day0), seriesName: hostile, marker: '•', value: [toChartTime(day0), 1.9] },
      { axisValue: toChartTime(day0), seriesName: '北干河入湖口', marker: '•', value: [toChartTime(day0), 2.4] },
    ]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;: <b>1.900 mg/L · Class V</b>');
    expect(html).toContain('北干河入湖口: <b>2.400 mg/L · —</b>');
    expect(html.startsWith('2023-10-01 (daily mean)')).toBe(true);
  });

  it('titles 4-hourly tooltips with the Shanghai time', () => {
    const readings: Reading[] = [[day0 + 20 * HOUR_MS, 0.3]];
    const { option } = built(input([{ name: 'A', kind: 'lake', style: 0, readings }], { interval: '4h' }));
    const html = (option.tooltip as Tooltip).formatter([
      { axisValue: toChartTime(day0 + 20 * HOUR_MS), seriesName: 'A', marker: '', value: [0, 0.3] },
    ]);
    expect(html.startsWith('2023-10-01 20:00<br>')).toBe(true);
    expect(html).toContain('0.300 mg/L · Ⅱ类');
  });

  it('spans the chosen range on the time axis and renders in ECharts', () => {
    const { option } = built(input([line('A', [0.5, 0.4, 0.3])]));
    expect(option.xAxis).toMatchObject({ min: toChartTime(day0), max: toChartTime(day0 + 4 * DAY_MS) });
    const svg = renderChartSvg(option, 800, 320);
    expect(svg).toContain('新孟河调水');
    expect(svg).toContain('Ⅱ类 0.5');
  });
});

describe('trendAxisMax', () => {
  it.each([
    ['nh3n', 0.1, 0.15],
    ['nh3n', 0.5, 0.5],
    ['nh3n', 0.51, 1.0],
    ['tn', 2.0, 2.0],
    ['tn', 2.01, 2.5],
    ['tn', 2.8, 3.0],
  ] as const)('%s up to %s → %s', (indicator, highest, max) => {
    expect(trendAxisMax(indicator, highest)).toBe(max);
  });
});

describe('last year behind this year', () => {
  const withLastYear = () =>
    built(
      input([line('滆湖心', [0.3, 0.3, 0.3], 'lake', 1)], {
        lastYear: [line('滆湖心', [0.6, null, 0.62], 'lake', 1)],
      }),
    );

  it('draws last year faded and dashed in the station colour, behind, and out of the legend', () => {
    const { option, lines } = withLastYear();
    const lastYear = lines.find((s) => s.name === '滆湖心（去年同期）')!;
    expect(lastYear.lineStyle).toMatchObject({ color: deskTheme.stations[1]!.color, type: [4, 4], opacity: 0.45 });
    expect(lastYear.z).toBeLessThan(lines.find((s) => s.name === '滆湖心')!.z!);
    expect(lastYear.data[1]).toEqual([toChartTime(day0 + DAY_MS), null]);
    expect((option.legend as { data: string[] }).data).toEqual(['滆湖心']);
    // the value axis makes room for last year's higher values: up to the class III limit
    expect((option.yAxis as { max: number }).max).toBe(1);
  });

  it('dates last year’s value in the tooltip, under this year’s date', () => {
    const { option } = withLastYear();
    const at = toChartTime(day0);
    const html = (option.tooltip as Tooltip).formatter([
      { axisValue: at, seriesName: '滆湖心', marker: '', value: [at, 0.3] },
      { axisValue: at, seriesName: '滆湖心（去年同期）', marker: '', value: [at, 0.6] },
    ]);
    expect(html).toContain('2023-10-01');
    expect(html).toContain('滆湖心: <b>0.300 mg/L · Ⅱ类</b>');
    expect(html).toContain('滆湖心（去年同期）: <b>0.600 mg/L · Ⅲ类 · 2022-10-01</b>');
  });
});

describe('a station read a few times only', () => {
  it('is drawn with a dot on each reading, and a long series without', () => {
    const few = built(input([line('A', [0.5, null, 0.4])]));
    const many = built(
      input([
        line(
          'B',
          Array.from({ length: 40 }, () => 0.3),
        ),
      ]),
    );
    expect((few.option.series as { showSymbol: boolean }[])[0]!.showSymbol).toBe(true);
    expect((many.option.series as { showSymbol: boolean }[])[0]!.showSymbol).toBe(false);
  });

  it('draws with the extensions the registry declares', () => {
    const option = stationTrendOption(input([line('A', [0.5, 0.4])]), deskTheme, 'zh');
    expect(extensionsFor(option)).toEqual(CHARTS.stationTrend.extensions);
  });
});
