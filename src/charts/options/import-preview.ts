import { DAY_MS } from '../../domain/shanghai-time';
import { formatDate } from '../../i18n/format';
import { messagesOf } from '../../i18n/i18n';
import type { Language } from '../../i18n/messages';
import { fromChartTime, toChartTime } from '../chart-time';
import type { ECOption } from '../echarts';
import type { ChartTheme } from '../theme';
import { axisTooltip, baseOption, timeAxisLabels } from './common';

export interface ImportPreviewInput {
  /** Epoch ms of the first day. */
  start: number;
  stations: readonly { name: string; nh3n: readonly (number | null)[] }[];
}

/** `/data`'s small chart: each imported station's daily NH3-N, so that the user sees what will be shown. */
export function buildImportPreviewOption(input: ImportPreviewInput, theme: ChartTheme, language: Language): ECOption {
  const m = messagesOf(language);
  const unit = m.indicator.unit;
  return {
    useUTC: true,
    ...baseOption(theme),
    grid: { left: 56, right: 24, top: 56, bottom: 32 },
    tooltip: axisTooltip<[number, number | null]>(
      theme,
      (first) => formatDate(fromChartTime(first.axisValue)),
      (p) => (p.value[1] === null ? null : `${p.value[1].toFixed(3)} ${unit}`),
    ),
    xAxis: {
      type: 'time',
      axisLine: { lineStyle: { color: theme.axisLine } },
      axisLabel: { color: theme.muted, hideOverlap: true, formatter: timeAxisLabels(language) },
    },
    yAxis: {
      type: 'value',
      name: `${m.indicator.nh3n} (${unit})`,
      axisLabel: { color: theme.muted },
      splitLine: { lineStyle: { color: theme.splitLine } },
    },
    series: input.stations.map((station, i) => {
      const style = theme.stations[i % theme.stations.length]!;
      return {
        type: 'line' as const,
        name: station.name,
        data: station.nh3n.map((v, day) => [toChartTime(input.start + day * DAY_MS), v] as [number, number | null]),
        showSymbol: false,
        connectNulls: false,
        lineStyle: { width: 1.5, color: style.color, type: style.dash },
        itemStyle: { color: style.color },
      };
    }),
  };
}
