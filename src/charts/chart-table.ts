import { formatDate, formatDateTime } from '../i18n/format';
import { fromChartTime } from './chart-time';
import type { ECOption } from './echarts';

/** A chart's data as a table: the first column is the category or time axis, one column per series with data. */
export interface ChartTable {
  kind: 'category' | 'time';
  /** The category or time axis' name, when it has one. */
  axisName: string | null;
  /** Every named value axis (the units), for the caption. */
  valueAxes: string[];
  columns: string[];
  rows: { key: string; label: string; cells: (number | null)[] }[];
}

type Axis = { type?: string; name?: string; data?: unknown[] };
type Datum = number | null | undefined | { value?: unknown } | unknown[];

const axes = (axis: unknown): Axis[] => [axis ?? []].flat();

const valueOf = (datum: Datum): number | null => {
  const value = datum !== null && typeof datum === 'object' && !Array.isArray(datum) ? datum.value : datum;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};

const pairOf = (datum: Datum): [number, number | null] | null => {
  const pair = datum !== null && typeof datum === 'object' && !Array.isArray(datum) ? datum.value : datum;
  return Array.isArray(pair) && typeof pair[0] === 'number' ? [pair[0], valueOf(pair[1] as Datum)] : null;
};

/** A time axis label: the Shanghai date, with the time of day when the readings are finer than daily. */
const timeLabel = (chartMs: number, withTime: boolean) =>
  withTime ? formatDateTime(fromChartTime(chartMs)) : formatDate(fromChartTime(chartMs));

/**
 * The "view as table" alternative of any option the app draws: bars and lines on a category axis (towns, months)
 * or lines on a time axis ([time, value] pairs). Series without data (marks only) are left out. Pure: no DOM.
 */
export function chartTable(option: ECOption): ChartTable {
  const all = [...axes(option.xAxis), ...axes(option.yAxis)];
  const category = all.find((axis) => axis.type === 'category' && Array.isArray(axis.data));
  const time = all.find((axis) => axis.type === 'time');
  const valueAxes = all.filter((axis) => axis !== category && axis !== time && axis.name).map((axis) => axis.name!);
  const series = ([option.series ?? []].flat() as { name?: unknown; data?: unknown }[]).filter(
    (s) => Array.isArray(s.data) && s.data.length > 0,
  );
  const columns = series.map((s) => (typeof s.name === 'string' ? s.name : ''));
  const data = series.map((s) => s.data as Datum[]);

  if (category) {
    const labels = category.data!.map((label) =>
      String(label !== null && typeof label === 'object' && 'value' in label ? label.value : label),
    );
    return {
      kind: 'category',
      axisName: category.name ?? null,
      valueAxes,
      columns,
      rows: labels.map((label, i) => ({ key: `${i}`, label, cells: data.map((d) => valueOf(d[i])) })),
    };
  }

  const byTime = data.map((d) => new Map(d.map(pairOf).filter((p) => p !== null)));
  const times = [...new Set(byTime.flatMap((m) => [...m.keys()]))].sort((a, b) => a - b);
  const withTime = times.some((t) => t % 86_400_000 !== 0);
  return {
    kind: 'time',
    axisName: time?.name ?? null,
    valueAxes,
    columns,
    rows: times.map((t) => ({
      key: `${t}`,
      label: timeLabel(t, withTime),
      cells: byTime.map((m) => m.get(t) ?? null),
    })),
  };
}
