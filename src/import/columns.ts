/**
 * Which column of a table holds what: the header's names matched against aliases (DESIGN §7 "Layouts"). Names are
 * compared folded: NFKC (full-width brackets and letters become half-width), units in brackets dropped, case, spaces,
 * `_`, `-` and `.` ignored, so `氨氮(mg/L)`, `氨氮（mg/L）`, `NH3-N` and `nh3n` all match.
 */

export const FIELDS = ['station', 'time', 'nh3n', 'tn', 'status', 'indicator', 'value'] as const;
export type Field = (typeof FIELDS)[number];

/** Field → column index; absent where the table has no such column. */
export type ColumnMapping = Partial<Record<Field, number>>;

export type Layout = 'wide' | 'long';

const ALIASES: Record<Field, readonly string[]> = {
  station: [
    '断面名称',
    '断面',
    '站点',
    '站点名称',
    '站名',
    '测站',
    '测站名称',
    '点位',
    '点位名称',
    '监测点',
    '监测点位',
    'station',
    'stationname',
    'site',
    'sitename',
  ],
  time: [
    '监测时间',
    '时间',
    '采样时间',
    '日期',
    '日期时间',
    '监测日期',
    'time',
    'datetime',
    'date',
    'timestamp',
    'sampledat',
  ],
  nh3n: ['氨氮', 'nh3n', 'nh3', 'nh4n', 'ammonianitrogen', 'ammonia'],
  tn: ['总氮', 'tn', 'totalnitrogen'],
  status: ['站点情况', '站点状态', '状态', 'status', 'stationstatus'],
  indicator: ['指标', '项目', '监测项目', '监测指标', 'indicator', 'parameter', 'item'],
  value: ['值', '数值', '监测值', '浓度', 'value', 'concentration'],
};

/** A header or indicator name reduced to what the aliases are written in. */
export function foldName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[(（[【].*?[)）\]】]/g, '')
    .replace(/[\s_\-.·]/g, '')
    .toLowerCase();
}

/** A table's columns by their aliases: which field a header names, and the mapping a header row suggests. */
export function columnsOf<F extends string>(aliases: Record<F, readonly string[]>) {
  const byAlias = new Map(
    (Object.keys(aliases) as F[]).flatMap((field) => aliases[field].map((alias) => [alias, field] as const)),
  );
  const fieldOf = (header: string): F | undefined => byAlias.get(foldName(header));
  return {
    fieldOf,
    /** Each field takes the first column that names it. */
    detectMapping: (header: readonly string[]): Partial<Record<F, number>> => {
      const mapping: Partial<Record<F, number>> = {};
      header.forEach((name, index) => {
        const field = fieldOf(name);
        if (field !== undefined && mapping[field] === undefined) mapping[field] = index;
      });
      return mapping;
    },
    /** How many fields a row of cells names (the header is the row among the first that names the most). */
    namedFields: (row: readonly string[]) => new Set(row.map(fieldOf).filter(Boolean)).size,
  };
}

const readings = columnsOf(ALIASES);

/** The field a header names, if any. */
export const fieldOf = readings.fieldOf;

/** The indicator a long table's indicator cell names (`氨氮`, `NH3-N`, `总氮(mg/L)` …), if it is one we use. */
export function indicatorOf(name: string): 'nh3n' | 'tn' | undefined {
  const field = fieldOf(name);
  return field === 'nh3n' || field === 'tn' ? field : undefined;
}

/** The mapping the header suggests. */
export const detectMapping: (header: readonly string[]) => ColumnMapping = readings.detectMapping;

/** Long when the table has indicator and value columns and neither indicator as a column of its own. */
export const layoutOf = (mapping: ColumnMapping): Layout =>
  mapping.indicator !== undefined &&
  mapping.value !== undefined &&
  mapping.nh3n === undefined &&
  mapping.tn === undefined
    ? 'long'
    : 'wide';

/** The fields a mapping still lacks for its layout: station and time, and NH3-N or TN (or indicator and value). */
export function missingFields(mapping: ColumnMapping): Field[] {
  const missing: Field[] = (['station', 'time'] as const).filter((field) => mapping[field] === undefined);
  if (layoutOf(mapping) === 'long') return missing;
  if (mapping.nh3n === undefined && mapping.tn === undefined) missing.push('nh3n', 'tn');
  return missing;
}

export const namedFields = readings.namedFields;
