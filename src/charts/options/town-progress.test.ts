import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../testing/render-chart-svg';
import { townBar } from '../../testing/town-bar';
import { deskTheme } from '../theme';
import { buildTownKmOption, buildTownVillagesOption, type TownBarsInput } from './town-progress';
import { extensionsFor } from '../extensions';
import { CHARTS } from '../registry';

const input: TownBarsInput = { towns: [townBar('洛阳镇', 33, 42), townBar('礼嘉镇', 63, 59)], selected: null };

interface BarSeries {
  type: string;
  name: string;
  stack?: string;
  data: ({ value: number; itemStyle: { opacity: number } } | number | null)[];
}
type Tooltip = { formatter: (params: unknown) => string };

describe('town bars', () => {
  it('stacks villages by status and marks the plan to date, towns in the order given (top first)', () => {
    const option = buildTownVillagesOption(input, deskTheme, 'zh');
    const series = option.series as BarSeries[];
    expect(series.map((s) => s.name)).toEqual(['已完成', '在建', '未开工', '截至当期计划']);
    expect(series.slice(0, 3).every((s) => s.stack === 'villages')).toBe(true);
    expect(series[0]!.data.map((d) => (d as { value: number }).value)).toEqual([33, 63]);
    expect(series[3]!.data).toEqual([42, 59]);
    expect(option.yAxis).toMatchObject({ type: 'category', inverse: true, data: ['洛阳镇', '礼嘉镇'] });
    expect(renderChartSvg(option, 600, 300)).toContain('洛阳镇');
  });

  it('fades every town but the one chosen', () => {
    const option = buildTownKmOption({ ...input, selected: 1 }, deskTheme, 'en');
    const built = (option.series as BarSeries[]).find((s) => s.name === 'Built')!;
    expect(built.data.map((d) => (d as { itemStyle: { opacity: number } }).itemStyle.opacity)).toEqual([0.35, 1]);
    expect((option.series as BarSeries[]).map((s) => s.name)).toEqual(['Planned in all', 'Built', 'Planned to date']);
    // as drawn: the other town's bars (planned in all, built) are see-through, the chosen town's are not
    const bars = [
      ...renderChartSvg(option, 600, 300).matchAll(
        /<path [^>]*ecmeta_series_index="[01]" ecmeta_data_index="(\d)"[^>]*>/g,
      ),
    ];
    const faded = (town: string) =>
      bars.filter(([tag, index]) => index === town && tag.includes('fill-opacity="0.35"'));
    expect(faded('0')).toHaveLength(2);
    expect(faded('1')).toEqual([]);
    expect(bars.filter(([, index]) => index === '1').length).toBeGreaterThanOrEqual(2);
  });

  it('leaves out a plan marker where the town has no plan to date, and escapes names in the tooltip', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const option = buildTownVillagesOption({ towns: [townBar(hostile, 20, null)], selected: null }, deskTheme, 'en');
    expect((option.series as BarSeries[])[3]!.data).toEqual([null]);
    const html = (option.tooltip as Tooltip).formatter([
      { name: hostile, seriesName: 'Completed', marker: '', value: 20 },
      { name: hostile, seriesName: 'Planned to date', marker: '', value: null },
    ]);
    expect(html).toBe('&lt;img src=x onerror=alert(1)&gt;<br>Completed: <b>20</b>');
  });

  it('draws an empty list of towns without failing', () => {
    expect(() => renderChartSvg(buildTownVillagesOption({ towns: [], selected: null }, deskTheme, 'zh'))).not.toThrow();
  });

  it('draws with the extensions the registry declares', () => {
    expect(extensionsFor(buildTownVillagesOption(input, deskTheme, 'zh'))).toEqual(CHARTS.townVillages.extensions);
    expect(extensionsFor(buildTownKmOption(input, deskTheme, 'zh'))).toEqual(CHARTS.townKm.extensions);
  });
});
