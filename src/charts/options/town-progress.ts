import { messagesOf } from '../../i18n/i18n';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { ECOption } from '../echarts';
import { escapeHtml } from '../escape-html';
import type { ChartTheme } from '../theme';
import { axisText, baseOption, px } from './common';

/** One town's bar: its figures and what its own plan asked for by the as-of date. */
export interface TownBar {
  /** Display name (from the API: escaped wherever it becomes HTML). */
  name: string;
  completed: number;
  inProgress: number;
  notStarted: number;
  plannedToDate: number | null;
  kmBuilt: number;
  kmPlanned: number;
  kmPlannedToDate: number | null;
}

export interface TownBarsInput {
  /** In the order to show, top first. */
  towns: readonly TownBar[];
  /** Index of the town the page is filtered to, if any: the others fade. */
  selected: number | null;
}

interface BarTooltipParam {
  name: string;
  seriesName: string;
  marker: string;
  value: number | null;
}

const fade = (input: TownBarsInput, index: number) => (input.selected === null || input.selected === index ? 1 : 0.35);

/** A diamond at a planned figure on each bar (a line series without a line). */
function planMarkers(name: string, values: readonly (number | null)[], theme: ChartTheme) {
  return {
    type: 'line' as const,
    id: 'plan-to-date',
    name,
    data: [...values],
    symbol: 'diamond',
    symbolSize: px(theme, 13),
    lineStyle: { opacity: 0 },
    itemStyle: { color: theme.planMarker, borderColor: '#ffffff', borderWidth: px(theme, 1.5) },
    z: 5,
  };
}

function townLayout(input: TownBarsInput, theme: ChartTheme) {
  return {
    grid: { left: px(theme, 8), right: px(theme, 24), top: px(theme, 40), bottom: px(theme, 24) },
    yAxis: {
      type: 'category' as const,
      inverse: true,
      data: input.towns.map((t) => t.name),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: theme.axisLine } },
      axisLabel: {
        color: theme.text,
        fontSize: theme.fontSize + px(theme, 1),
        formatter: (value: string, index: number) => (input.selected === index ? `{strong|${value}}` : value),
        rich: { strong: { fontWeight: 'bold' as const, color: theme.text, fontSize: theme.fontSize + px(theme, 1) } },
      },
      // Town names are clickable, like their bars.
      triggerEvent: true,
    },
    tooltip: {
      trigger: 'axis' as const,
      axisPointer: { type: 'shadow' as const },
      backgroundColor: theme.tooltipBackground,
      textStyle: { color: theme.text, fontSize: px(theme, 14) },
      formatter: (raw: unknown) => {
        const params = raw as BarTooltipParam[];
        const rows = params
          .filter((p) => p.value !== null)
          .map((p) => `${p.marker}${escapeHtml(p.seriesName)}: <b>${String(p.value)}</b>`);
        return [escapeHtml(params[0]?.name ?? ''), ...rows].join('<br>');
      },
    },
  };
}

const valueAxis = (theme: ChartTheme, name?: string) => ({
  type: 'value' as const,
  name,
  nameTextStyle: axisText(theme),
  axisLabel: axisText(theme),
  splitLine: { lineStyle: { color: theme.splitLine } },
});

/** Patterns on the status bars, so that they tell apart without colour: done plain, under way hatched, not begun dotted. */
const STATUS_DECALS = {
  completed: { symbol: 'none' },
  inProgress: { symbol: 'rect', symbolSize: 1, rotation: Math.PI / 4, dashArrayX: [1, 0], dashArrayY: [2, 5] },
  notStarted: { symbol: 'circle', symbolSize: 0.7, dashArrayX: [[2, 4]], dashArrayY: [2, 4] },
};
type Status = keyof typeof STATUS_DECALS;

/** Villages per town by status, stacked, with a diamond at what the town's own plan asked for by the as-of date. */
export function buildTownVillagesOption(input: TownBarsInput, theme: ChartTheme, language: Language): ECOption {
  const m = messagesOf(language).sewers;
  const stacked = (status: Status, name: string, pick: (t: TownBar) => number) => {
    const color = theme.status[status];
    return {
      type: 'bar' as const,
      id: status,
      name,
      stack: 'villages',
      barWidth: px(theme, 18),
      data: input.towns.map((t, i) => ({ value: pick(t), itemStyle: { color, opacity: fade(input, i) } })),
      itemStyle: { color, decal: { ...STATUS_DECALS[status], color: theme.statusPattern } },
    };
  };
  return {
    ...baseOption(theme),
    ...townLayout(input, theme),
    aria: { decal: { show: true } },
    xAxis: valueAxis(theme),
    series: [
      stacked('completed', m.statuses.completed, (t) => t.completed),
      stacked('inProgress', m.statuses.in_progress, (t) => t.inProgress),
      stacked('notStarted', m.statuses.not_started, (t) => t.notStarted),
      planMarkers(
        m.plannedToDate,
        input.towns.map((t) => t.plannedToDate),
        theme,
      ),
    ],
  };
}

/** Pipe per town: built over planned in all, with a diamond at the km the town's plan asked for by the as-of date. */
export function buildTownKmOption(input: TownBarsInput, theme: ChartTheme, language: Language): ECOption {
  const m = messagesOf(language).sewers;
  const kmLabel = (value: number) => formatNumber(value, language, 1);
  return {
    ...baseOption(theme),
    ...townLayout(input, theme),
    xAxis: valueAxis(theme, m.km),
    series: [
      {
        type: 'bar',
        id: 'planned',
        name: m.plannedTotal,
        barWidth: px(theme, 18),
        barGap: '-100%',
        data: input.towns.map((t, i) => ({ value: t.kmPlanned, itemStyle: { opacity: fade(input, i) } })),
        itemStyle: { color: theme.splitLine, borderColor: theme.axisLine, borderWidth: 1 },
      },
      {
        type: 'bar',
        id: 'built',
        name: m.built,
        barWidth: px(theme, 18),
        data: input.towns.map((t, i) => ({ value: t.kmBuilt, itemStyle: { opacity: fade(input, i) } })),
        itemStyle: { color: theme.actual },
        label: {
          show: true,
          position: 'insideRight',
          color: '#ffffff',
          fontSize: theme.fontSize,
          formatter: (p: { value: unknown }) => kmLabel(Number(p.value)),
        },
      },
      planMarkers(
        m.plannedToDate,
        input.towns.map((t) => t.kmPlannedToDate),
        theme,
      ),
    ],
  };
}
