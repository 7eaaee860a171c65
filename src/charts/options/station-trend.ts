import {
  CLASS_LIMITS,
  CLASS_ORDER,
  classify,
  isClassified,
  type Indicator,
  type StationKind,
} from '../../domain/gb3838';
import { DAY_MS, shiftCalendarYears } from '../../domain/shanghai-time';
import type { Reading } from '../../domain/readings';
import { formatDate, formatDateTime } from '../../i18n/format';
import { messagesOf } from '../../i18n/i18n';
import { fill, type Language } from '../../i18n/messages';
import { fromChartTime, toChartTime } from '../chart-time';
import type { ECOption } from '../echarts';
import type { ChartTheme } from '../theme';
import { axisText, axisTooltip, baseOption, px, timeAxisLabels } from './common';

export interface TrendLine {
  /** Display name (from the API: escaped wherever it becomes HTML). */
  name: string;
  kind: StationKind;
  /** Which of the theme's station styles to draw with: stable per station, whatever else is chosen. */
  style: number;
  readings: readonly Reading[];
}

export interface TrendBand {
  name: string;
  start: number;
  /** Null while the transfer runs: shaded to the end of the range. */
  end: number | null;
}

export interface StationTrendInput {
  indicator: Indicator;
  interval: '4h' | '1d';
  lines: readonly TrendLine[];
  /**
   * The same stations' readings a calendar year earlier, moved onto this year's dates (same `name`s as their
   * `lines`): drawn faded and dashed behind them, left out of the legend, dated in the tooltip.
   */
  lastYear?: readonly TrendLine[];
  bands: readonly TrendBand[];
  /** The period shown, epoch ms: `from` inclusive, `to` exclusive. */
  range: { from: number; to: number };
  /** Index of a line to bring forward (the wall's rotation): it is drawn thicker and the others fade. */
  highlight?: number | null;
  /** Zoom and pan with the mouse and a slider (the desk); off on the wall. */
  zoom?: boolean;
  /** The stations' legend on the chart (the desk); the wall gives one legend for both its trends. */
  legend?: boolean;
  /**
   * The replay's "today", epoch ms: readings after it are not drawn (yet), a line marks it. The value axis and the
   * class limits still come from all readings, so that the chart holds still while the replay runs.
   */
  until?: number;
}

/** An option to draw, or why there is nothing to draw (GF's "warn" pattern). */
export type TrendBuild = { option: ECOption } | { warn: 'no-data' };

/** Height of the band under the plot that holds the zoom slider: left off exported pictures. */
export const TREND_SLIDER_BAND = 34;

/** Last year's lines: one dash for all of them, the station's colour, faded. */
export const LAST_YEAR_DASH = [4, 4];

/** The group name that links the trend charts' zoom and tooltips (`echarts.connect`). */
export const TREND_GROUP = 'water-quality-trends';

/**
 * The top of the value axis: the limit of the class the highest value falls in, so that the limits around the data
 * are drawn and named; above class V, the next half unit.
 */
export function trendAxisMax(indicator: Indicator, highest: number): number {
  const limit = CLASS_LIMITS[indicator].find((l) => highest <= l);
  return limit ?? Math.ceil((highest * 1.05) / 0.5) * 0.5;
}

function highestValue(lines: readonly TrendLine[]): number | null {
  let highest: number | null = null;
  for (const line of lines)
    for (const [, v] of line.readings) if (v !== null && (highest === null || v > highest)) highest = v;
  return highest;
}

/**
 * A trend's option, for a page that has checked there is something to draw (`trendHasReadings`): a drawing's
 * builder (`../recipes.ts`) returns an option, and there is no empty one to return.
 */
export function stationTrendOption(input: StationTrendInput, theme: ChartTheme, language: Language): ECOption {
  const build = buildStationTrendOption(input, theme, language);
  if ('warn' in build) throw new Error(`a station trend with ${build.warn}`);
  return build.option;
}

/** Whether a trend has anything to draw (the builder's "no-data" otherwise): a value this year or last. */
export const trendHasReadings = (input: StationTrendInput) =>
  highestValue([...input.lines, ...(input.lastYear ?? [])]) !== null;

/** At most this many readings, a line is drawn with a dot on each. */
const SPARSE_READINGS = 31;
const sparse = (readings: readonly Reading[]) =>
  readings.reduce((n, [, v]) => (v === null ? n : n + 1), 0) <= SPARSE_READINGS;

/**
 * One indicator at the chosen stations over time: a line per station (gaps left as gaps), the transfer periods
 * shaded and named, the GB 3838-2002 class limits as labelled dashed lines, zoom and pan linked with the other trend.
 */
export function buildStationTrendOption(input: StationTrendInput, theme: ChartTheme, language: Language): TrendBuild {
  const lastYear = input.lastYear ?? [];
  const highest = highestValue([...input.lines, ...lastYear]);
  if (highest === null) return { warn: 'no-data' };
  const m = messagesOf(language);
  const unit = m.indicator.unit;
  const yMax = trendAxisMax(input.indicator, highest);
  const classified = input.lines.some((line) => isClassified(input.indicator, line.kind));
  const limits = classified
    ? CLASS_LIMITS[input.indicator].flatMap((value, i) => {
        if (value > yMax) return [];
        const label = fill(m.charts.limit, { class: m.waterClass[CLASS_ORDER[i]!], value: String(value) });
        return [{ yAxis: value, name: label, label: { formatter: label } }];
      })
    : [];
  const bandColors = [theme.transferBand, ...theme.otherTransferBands];
  // A band is drawn where it meets the range, and only there: an event of other years shades nothing.
  const bands = input.bands.flatMap((band, i) => {
    const [from, to] = [Math.max(band.start, input.range.from), Math.min(band.end ?? input.range.to, input.range.to)];
    if (from >= to) return [];
    return [
      [
        { name: band.name, xAxis: toChartTime(from), itemStyle: { color: bandColors[i % bandColors.length] } },
        { xAxis: toChartTime(to) },
      ],
    ];
  });
  const lastYearName = (name: string) => fill(m.charts.lastYearLine, { station: name });
  const kindOf = new Map([
    ...input.lines.map((line) => [line.name, line.kind] as const),
    ...lastYear.map((line) => [lastYearName(line.name), line.kind] as const),
  ]);
  const lastYearNames = new Set(lastYear.map((line) => lastYearName(line.name)));
  const formatPoint = input.interval === '4h' ? formatDateTime : formatDate;
  const formatTime =
    input.interval === '4h' ? formatDateTime : (ms: number) => `${formatDate(ms)} (${m.charts.dailyMean})`;
  const zoom = input.zoom ?? true;
  const until = input.until ?? null;
  const shown = (readings: readonly Reading[]) => (until === null ? readings : readings.filter(([t]) => t <= until));
  const todayLine =
    until === null
      ? []
      : [
          {
            xAxis: toChartTime(until),
            label: { show: false },
            lineStyle: { color: theme.text, type: 'solid' as const },
          },
        ];
  const highlight = input.highlight ?? null;
  const sliderBand = zoom ? TREND_SLIDER_BAND : 0;

  return {
    option: {
      useUTC: true,
      ...baseOption(theme),
      legend: {
        show: input.legend ?? true,
        type: 'scroll',
        top: 0,
        // Right of the value axis' name, which sits above the axis.
        left: px(theme, 60),
        // The station picker is the one place that chooses stations (and keeps it in the URL).
        selectedMode: false,
        itemWidth: px(theme, 28),
        itemHeight: px(theme, 14),
        pageTextStyle: axisText(theme),
        textStyle: axisText(theme, theme.text),
        data: input.lines.map((line) => line.name),
      },
      grid: {
        left: px(theme, 52),
        right: px(theme, 92),
        top: theme.fontSize + px(theme, 30),
        bottom: px(theme, 30) + sliderBand,
      },
      tooltip: axisTooltip<[number, number | null]>(
        theme,
        (first) => formatTime(fromChartTime(first.axisValue)),
        (p) => {
          const value = p.value[1];
          // Last year's point is dated: the title gives this year's date, the row the day it was measured.
          const when = lastYearNames.has(p.seriesName)
            ? ` · ${formatPoint(shiftCalendarYears(fromChartTime(p.value[0]), -1))}`
            : '';
          if (value === null) return `—${when}`;
          const waterClass = classify(input.indicator, value, kindOf.get(p.seriesName));
          return `${value.toFixed(3)} ${unit} · ${m.waterClass[waterClass ?? 'none']}${when}`;
        },
      ),
      xAxis: {
        type: 'time',
        min: toChartTime(input.range.from),
        max: toChartTime(input.range.to - (input.interval === '1d' ? DAY_MS : 0)),
        axisLine: { lineStyle: { color: theme.axisLine } },
        axisLabel: { ...axisText(theme), hideOverlap: true, formatter: timeAxisLabels(language) },
      },
      yAxis: {
        type: 'value',
        min: 0,
        max: yMax,
        name: unit,
        nameGap: theme.fontSize,
        nameTextStyle: { ...axisText(theme), align: 'right' },
        axisLabel: axisText(theme),
        splitLine: { lineStyle: { color: theme.splitLine } },
      },
      dataZoom: zoom
        ? [
            { type: 'inside', xAxisIndex: 0, filterMode: 'filter' },
            {
              type: 'slider',
              xAxisIndex: 0,
              filterMode: 'filter',
              height: 18,
              bottom: 10,
              showDataShadow: false,
              labelFormatter: (value: number) => formatDate(fromChartTime(value)),
              textStyle: { color: theme.muted },
            },
          ]
        : [],
      series: [
        ...input.lines.map((line, index) => {
          const style = theme.stations[line.style % theme.stations.length]!;
          const faded = highlight !== null && highlight !== index;
          return {
            type: 'line' as const,
            id: `station-${index}-${line.name}`,
            name: line.name,
            data: shown(line.readings).map(([t, v]) => [toChartTime(t), v] as [number, number | null]),
            // A station read a few times only (a day's snapshot, weekly samples) is drawn as dots: between gaps, a
            // line of single readings would draw nothing at all.
            showSymbol: sparse(line.readings),
            symbolSize: px(theme, 6),
            connectNulls: false,
            lineStyle: {
              width: px(theme, highlight === index ? 4 : 2),
              color: style.color,
              type: style.dash,
              opacity: faded ? 0.4 : 1,
            },
            itemStyle: { color: style.color },
            emphasis: { disabled: true },
            z: highlight === index ? 3 : 2,
          };
        }),
        ...lastYear.map((line) => {
          const style = theme.stations[line.style % theme.stations.length]!;
          return {
            type: 'line' as const,
            id: `last-year-${line.style}-${line.name}`,
            name: lastYearName(line.name),
            data: shown(line.readings).map(([t, v]) => [toChartTime(t), v] as [number, number | null]),
            showSymbol: false,
            connectNulls: false,
            lineStyle: { width: px(theme, 1.5), color: style.color, type: LAST_YEAR_DASH, opacity: 0.45 },
            itemStyle: { color: style.color, opacity: 0.45 },
            emphasis: { disabled: true },
            z: 1,
          };
        }),
        // Decorations on a series of their own, so that they do not depend on which stations are drawn.
        {
          type: 'line' as const,
          id: 'decorations',
          name: '',
          data: [],
          silent: true,
          markArea: {
            silent: true,
            label: { ...axisText(theme, theme.transferLabel), position: 'insideTop', fontWeight: 'bold' },
            data: bands as never,
          },
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { color: theme.limitLine, type: 'dashed', width: px(theme, 1) },
            label: { position: 'end', ...axisText(theme) },
            data: [...limits, ...todayLine],
          },
        },
      ],
    },
  };
}
