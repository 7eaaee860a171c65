import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS, parseShanghaiDate } from '../domain/shanghai-time';
import type { Reading } from '../domain/readings';
import { chartTable } from './chart-table';
import { townBar } from '../testing/town-bar';
import { buildTownVillagesOption } from './options/town-progress';
import { buildTrendOverviewOption } from './options/trend-overview';
import { deskTheme } from './theme';

const day0 = parseShanghaiDate('2023-10-01')!;
const days = (values: (number | null)[], step = DAY_MS): Reading[] => values.map((v, i) => [day0 + i * step, v]);

describe('chartTable', () => {
  it('puts a time-axis chart in rows by Shanghai date, a column per series, gaps as null, units in the caption', () => {
    const option = buildTrendOverviewOption(
      { nh3n: days([0.5, null, 0.312]), tn: days([2, 1.9]), transfer: { start: day0, end: day0 + DAY_MS } },
      deskTheme,
      'en',
    );
    const table = chartTable(option);
    expect(table.kind).toBe('time');
    expect(table.columns).toEqual(['NH3-N', 'TN']);
    expect(table.valueAxes).toEqual(['NH3-N (mg/L)', 'TN (mg/L)']);
    expect(table.rows.map((r) => [r.label, r.cells])).toEqual([
      ['2023-10-01', [0.5, 2]],
      ['2023-10-02', [null, 1.9]],
      ['2023-10-03', [0.312, null]],
    ]);
  });

  it('shows the time of day when readings are finer than daily', () => {
    const option = buildTrendOverviewOption(
      { nh3n: days([0.5, 0.4], 4 * HOUR_MS), tn: [], transfer: null },
      deskTheme,
      'zh',
    );
    expect(chartTable(option).rows.map((r) => r.label)).toEqual(['2023-10-01 00:00', '2023-10-01 04:00']);
  });

  it('puts a category chart in rows by category, leaving out series without data', () => {
    const option = buildTownVillagesOption(
      { towns: [townBar('洛阳镇', 33, 42), townBar('礼嘉镇', 63, null)], selected: null },
      deskTheme,
      'zh',
    );
    const table = chartTable(option);
    expect(table.kind).toBe('category');
    expect(table.columns).toEqual(['已完成', '在建', '未开工', '截至当期计划']);
    expect(table.rows.map((r) => [r.label, r.cells])).toEqual([
      ['洛阳镇', [33, 10, 57, 42]],
      ['礼嘉镇', [63, 10, 27, null]],
    ]);
  });
});
