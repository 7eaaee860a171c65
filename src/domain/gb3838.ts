/**
 * GB 3838-2002 《地表水环境质量标准》 Table 1 limits for the two indicators we show, in mg/L.
 * A value takes the best class whose limit it does not exceed ("≤": a value equal to a limit stays in that class);
 * anything above the class V limit is 劣V (worse than V). The TN row applies to lakes and reservoirs only, so TN has a
 * class only at lake stations (the inflow and outflow stations sit in rivers and canals), and it is assessed on its own
 * (单独评价): a single-factor class that never decides a station's overall class.
 */

export const INDICATORS = ['nh3n', 'tn'] as const;
export type Indicator = (typeof INDICATORS)[number];
export type WaterClass = 'I' | 'II' | 'III' | 'IV' | 'V' | 'worse-than-V';

export const CLASS_ORDER: readonly WaterClass[] = ['I', 'II', 'III', 'IV', 'V', 'worse-than-V'];

/** Upper limits of classes I…V. */
export const CLASS_LIMITS: Record<Indicator, readonly [number, number, number, number, number]> = {
  nh3n: [0.15, 0.5, 1.0, 1.5, 2.0],
  tn: [0.2, 0.5, 1.0, 1.5, 2.0],
};

export type StationKind = 'lake' | 'inflow' | 'outflow';

/** Whether GB 3838 classifies this indicator at this kind of station (TN: lake stations only). */
export function isClassified(indicator: Indicator, kind: StationKind): boolean {
  return indicator !== 'tn' || kind === 'lake';
}

/** Class III or better: the share the statistics report. */
export const meetsClassIII = (waterClass: WaterClass) => CLASS_ORDER.indexOf(waterClass) <= CLASS_ORDER.indexOf('III');

/** The class of one value; `null` when the value is missing or the indicator is not classified here. */
export function classify(indicator: Indicator, value: number | null, kind: StationKind = 'lake'): WaterClass | null {
  if (value === null || !Number.isFinite(value) || !isClassified(indicator, kind)) return null;
  const index = CLASS_LIMITS[indicator].findIndex((limit) => value <= limit);
  return CLASS_ORDER[index === -1 ? 5 : index]!;
}
