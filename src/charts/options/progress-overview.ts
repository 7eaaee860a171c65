import { catalogues } from '../../i18n/i18n';
import { fill, type Language } from '../../i18n/messages';
import type { ECOption } from '../echarts';
import { escapeHtml } from '../escape-html';
import type { ChartTheme } from '../theme';

export interface ProgressPoint {
  month: string;
  planned: number;
  /** Null after the as-of date. */
  actual: number | null;
}

interface AxisTooltipParam {
  axisValue: string;
  seriesName: string;
  marker: string;
  value: number | null | undefined;
}

/**
 * Cumulative villages completed against plan, by month. The plan is solid up to the as-of month and dashed
 * after it, so what is still ahead reads differently from what is past.
 */
export function buildProgressOverviewOption(
  points: readonly ProgressPoint[],
  asOfMonth: string,
  theme: ChartTheme,
  language: Language,
): ECOption {
  const m = catalogues[language];
  const months = points.map((p) => p.month);
  const past = points.map((p) => (p.month <= asOfMonth ? p.planned : null));
  const future = points.map((p) => (p.month >= asOfMonth ? p.planned : null));
  const hasAsOf = months.includes(asOfMonth);
  return {
    animation: false,
    textStyle: { fontFamily: theme.fontFamily, fontSize: theme.fontSize, color: theme.text },
    grid: { left: 48, right: 24, top: 48, bottom: 36 },
    legend: { top: 0, textStyle: { color: theme.text } },
    tooltip: {
      trigger: 'axis',
      backgroundColor: theme.tooltipBackground,
      formatter: (raw: unknown) => {
        const params = (raw as AxisTooltipParam[]).filter((p) => p.value !== null && p.value !== undefined);
        const first = (raw as AxisTooltipParam[])[0];
        if (!first) return '';
        const rows = params.map((p) => `${p.marker}${escapeHtml(p.seriesName)}: <b>${p.value}</b>`);
        return [escapeHtml(first.axisValue), ...rows].join('<br>');
      },
    },
    xAxis: {
      type: 'category',
      data: months,
      boundaryGap: false,
      axisLine: { lineStyle: { color: theme.axisLine } },
      axisLabel: { color: theme.muted, interval: (index: number) => index % 6 === 0 },
    },
    yAxis: {
      type: 'value',
      name: m.charts.villages,
      nameTextStyle: { color: theme.muted },
      axisLabel: { color: theme.muted },
      splitLine: { lineStyle: { color: theme.splitLine } },
    },
    series: [
      {
        type: 'line',
        name: m.charts.plan,
        data: past,
        showSymbol: false,
        lineStyle: { width: 2, color: theme.plan },
        itemStyle: { color: theme.plan },
      },
      {
        type: 'line',
        name: m.charts.planFuture,
        data: future,
        showSymbol: false,
        lineStyle: { width: 2, type: 'dashed', color: theme.plan },
        itemStyle: { color: theme.plan },
      },
      {
        type: 'line',
        name: m.charts.actual,
        data: points.map((p) => p.actual),
        showSymbol: false,
        lineStyle: { width: 3, color: theme.actual },
        itemStyle: { color: theme.actual },
        areaStyle: { color: theme.actual, opacity: 0.12 },
        markLine: hasAsOf
          ? {
              silent: true,
              symbol: 'none',
              lineStyle: { color: theme.muted, type: 'dotted' },
              label: { formatter: fill(m.charts.asOf, { date: asOfMonth }), color: theme.muted },
              data: [{ xAxis: asOfMonth }],
            }
          : undefined,
      },
    ],
  };
}
