import { messagesOf } from '../../i18n/i18n';
import { fill, type Language, type Messages } from '../../i18n/messages';
import type { ECOption } from '../echarts';
import { axisText, axisTooltip, baseOption, px } from './common';
import type { ChartTheme } from '../theme';

export interface ProgressPoint {
  month: string;
  /** Null where no plan was given. */
  planned: number | null;
  /** Null after the as-of date. */
  actual: number | null;
}

/**
 * Cumulative villages completed against plan, by month. The plan is solid up to the as-of month and dashed
 * after it, so what is still ahead reads differently from what is past.
 */
export function buildCumulativeProgressOption(
  points: readonly ProgressPoint[],
  asOfMonth: string,
  theme: ChartTheme,
  language: Language,
  /** The value axis' name: villages unless said. */
  { yName }: { yName?: string } = {},
): ECOption {
  const m = messagesOf(language);
  const months = points.map((p) => p.month);
  const past = points.map((p) => (p.month <= asOfMonth ? p.planned : null));
  const future = points.map((p) => (p.month >= asOfMonth ? p.planned : null));
  const hasAsOf = months.includes(asOfMonth);
  // Without a plan (an import without a plan table) the chart is the actuals alone: no empty plan in the legend.
  const planned = points.some((p) => p.planned !== null);
  return {
    ...baseOption(theme),
    grid: { left: px(theme, 48), right: px(theme, 24), top: theme.fontSize * 2 + px(theme, 24), bottom: px(theme, 36) },
    // Plan and plan-ahead overlap at the as-of month; series without a value that month are left out.
    tooltip: axisTooltip<number | null | undefined>(
      theme,
      (first) => first.axisValue,
      (p) => (p.value === null || p.value === undefined ? null : String(p.value)),
    ),
    xAxis: {
      type: 'category',
      data: months,
      boundaryGap: false,
      axisLine: { lineStyle: { color: theme.axisLine } },
      axisLabel: { ...axisText(theme), interval: (index: number) => index % 6 === 0, hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      name: yName ?? m.charts.villages,
      nameTextStyle: axisText(theme),
      axisLabel: axisText(theme),
      splitLine: { lineStyle: { color: theme.splitLine } },
    },
    series: [
      ...(planned ? planSeries(past, future, theme, m) : []),
      {
        type: 'line',
        id: 'actual',
        name: m.charts.actual,
        data: points.map((p) => p.actual),
        showSymbol: false,
        lineStyle: { width: px(theme, 3), color: theme.actual },
        itemStyle: { color: theme.actual },
        areaStyle: { color: theme.actual, opacity: 0.12 },
        markLine: hasAsOf
          ? {
              silent: true,
              symbol: 'none',
              lineStyle: { color: theme.muted, type: 'dotted', width: px(theme, 1) },
              label: { formatter: fill(m.charts.asOf, { date: asOfMonth }), ...axisText(theme) },
              data: [{ xAxis: asOfMonth }],
            }
          : undefined,
      },
    ],
  };
}

/** The plan, solid up to the as-of month and dashed after it. */
function planSeries(past: (number | null)[], future: (number | null)[], theme: ChartTheme, m: Messages) {
  return [
    {
      type: 'line' as const,
      id: 'plan',
      name: m.charts.plan,
      data: past,
      showSymbol: false,
      lineStyle: { width: px(theme, 2), color: theme.plan },
      itemStyle: { color: theme.plan },
    },
    {
      type: 'line' as const,
      id: 'plan-ahead',
      name: m.charts.planFuture,
      data: future,
      showSymbol: false,
      lineStyle: { width: px(theme, 2), type: 'dashed' as const, color: theme.plan },
      itemStyle: { color: theme.plan },
    },
  ];
}
