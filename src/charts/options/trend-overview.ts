import type { Reading } from '../../domain/readings';
import { formatDate } from '../../i18n/format';
import { messagesOf } from '../../i18n/i18n';
import type { Language } from '../../i18n/messages';
import { fromChartTime, toChartTime } from '../chart-time';
import type { ECOption } from '../echarts';
import { axisTooltip, baseOption, timeAxisLabels } from './common';
import type { ChartTheme } from '../theme';

export interface TrendOverviewInput {
  nh3n: readonly Reading[];
  tn: readonly Reading[];
  /** The transfer window to shade, epoch ms; `end` null while it runs. */
  transfer: { start: number; end: number | null } | null;
}

const toPoints = (readings: readonly Reading[]) =>
  readings.map(([t, v]) => [toChartTime(t), v] as [number, number | null]);

/** The overview's small chart: daily NH3-N (left axis) and TN (right axis) at one station, the transfer shaded. */
export function buildTrendOverviewOption(input: TrendOverviewInput, theme: ChartTheme, language: Language): ECOption {
  const m = messagesOf(language);
  const unit = m.indicator.unit;
  const lastTime = Math.max(input.nh3n.at(-1)?.[0] ?? 0, input.tn.at(-1)?.[0] ?? 0);
  const band = input.transfer
    ? [
        [
          { name: m.charts.transfer, xAxis: toChartTime(input.transfer.start) },
          { xAxis: toChartTime(input.transfer.end ?? lastTime) },
        ],
      ]
    : [];
  const axis = (name: string, color: string) => ({
    type: 'value' as const,
    name: `${name} (${unit})`,
    nameTextStyle: { color, fontWeight: 'bold' as const },
    axisLabel: { color: theme.muted },
    splitLine: { lineStyle: { color: theme.splitLine } },
    scale: true,
  });
  return {
    useUTC: true,
    ...baseOption(theme),
    grid: { left: 56, right: 56, top: 48, bottom: 36 },
    tooltip: axisTooltip<[number, number | null]>(
      theme,
      (first) => formatDate(fromChartTime(first.axisValue)),
      (p) => (p.value[1] === null ? '—' : `${p.value[1].toFixed(3)} ${unit}`),
    ),
    xAxis: {
      type: 'time',
      axisLine: { lineStyle: { color: theme.axisLine } },
      axisLabel: {
        color: theme.muted,
        hideOverlap: true,
        formatter: timeAxisLabels(language),
      },
    },
    yAxis: [
      axis(m.indicator.nh3n, theme.indicator.nh3n),
      { ...axis(m.indicator.tn, theme.indicator.tn), splitLine: { show: false } },
    ],
    series: [
      {
        type: 'line',
        name: m.indicator.nh3n,
        yAxisIndex: 0,
        data: toPoints(input.nh3n),
        showSymbol: false,
        lineStyle: { width: 2, color: theme.indicator.nh3n },
        itemStyle: { color: theme.indicator.nh3n },
        markArea: {
          silent: true,
          itemStyle: { color: theme.transferBand },
          label: { color: theme.transferLabel, position: 'insideTop' },
          data: band as never,
        },
      },
      {
        type: 'line',
        name: m.indicator.tn,
        yAxisIndex: 1,
        data: toPoints(input.tn),
        showSymbol: false,
        lineStyle: { width: 2, type: 'dashed', color: theme.indicator.tn },
        itemStyle: { color: theme.indicator.tn },
      },
    ],
  };
}
