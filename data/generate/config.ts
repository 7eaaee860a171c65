/**
 * Everything the generator is told: seed, dates, places and the story targets of DESIGN §4.
 * Ranges follow shared FACTS.md ("Recommended realistic ranges"); where FACTS and the story disagree the story wins.
 * All of it is illustrative ([G] in FACTS): nothing here is a measurement.
 */

export const SEED = 20231010;

/** Fixed, not the clock, so that the output is byte-identical on every run. */
export const GENERATED_AT = '2024-04-01T08:00:00+08:00';

/** The readings start a year before the transfer's story (the year before serves "same period last year"). */
export const READINGS_FIRST_DAY = '2022-07-01';
/**
 * The first day of the transfer's year: from it on, the readings are generated exactly as before the year before was
 * added (same random streams, same bytes); the year before comes from streams of its own, joined to it.
 */
export const STORY_FIRST_DAY = '2023-07-01';
export const READINGS_LAST_DAY = '2024-03-31';

export const AS_OF = '2024-03-31T20:00:00+08:00';

import type { Indicator, StationKind } from '../../src/domain/gb3838';
import type { LocalName } from '../../src/domain/dataset';

export const TRANSFER = {
  id: 'xinmeng-2023',
  name: { zh: '新孟河抗旱调水试运行', en: 'Xinmeng River drought-relief transfer trial run' },
  source: { zh: '新孟河', en: 'Xinmeng River' },
  start: '2023-10-10',
  /** Exclusive. */
  end: '2024-01-01',
  flowM3s: 100,
  note: {
    zh: '长江水经新孟河、北干河入滆湖，流量100立方米每秒；起止日期为示意。',
    en: 'Yangtze water via the Xinmeng and Beigan rivers into Ge Lake at 100 m³/s; start and end dates are illustrative.',
  },
} as const;

/** A level curve as anchor points (date → mg/L), linear between them: the no-transfer (counterfactual) level. */
export type Anchors = readonly (readonly [date: string, level: number])[];

export interface StationConfig {
  id: string;
  name: LocalName;
  kind: StationKind;
  headline: boolean;
  location: { lat: number; lon: number };
  /** Multiplier of the lake-centre curve (the spatial gradient before the transfer); ignored when `own` is set. */
  gradient: Record<Indicator, number>;
  /** The station's own counterfactual curves, for the river inlet that does not follow the lake. */
  own?: Record<Indicator, Anchors>;
  /** Days from the transfer start until the Yangtze water reaches the station. */
  arrivalDays: number;
  /** Fractional drop of the level once the transfer water has fully arrived. */
  effect: Record<Indicator, number>;
}

/**
 * Lake-centre counterfactual levels: summer low, rising baseline in September, winter high. The year before (no
 * transfer) follows DESIGN §4: October–December stays high and rises a little as the water cools, nothing dilutes it.
 */
export const LAKE_CENTRE_CURVES: Record<Indicator, Anchors> = {
  nh3n: [
    ['2022-07-01', 0.22],
    ['2022-08-20', 0.25],
    ['2022-09-04', 0.38],
    ['2022-09-12', 0.52],
    ['2022-10-09', 0.55],
    ['2022-11-15', 0.585],
    ['2022-12-31', 0.61],
    ['2023-02-10', 0.57],
    ['2023-04-15', 0.47],
    ['2023-05-31', 0.36],
    ['2023-06-20', 0.25],
    ['2023-07-01', 0.21],
    ['2023-08-20', 0.24],
    ['2023-09-04', 0.38],
    ['2023-09-12', 0.53],
    ['2023-10-09', 0.56],
    ['2023-11-15', 0.6],
    ['2023-12-31', 0.58],
    ['2024-02-10', 0.55],
    ['2024-03-31', 0.45],
  ],
  tn: [
    ['2022-07-01', 1.72],
    ['2022-08-20', 1.68],
    ['2022-09-04', 1.84],
    ['2022-09-12', 1.99],
    ['2022-10-09', 2.03],
    ['2022-11-15', 2.12],
    ['2022-12-31', 2.18],
    ['2023-02-10', 2.04],
    ['2023-04-15', 1.88],
    ['2023-06-10', 1.74],
    ['2023-07-01', 1.7],
    ['2023-08-20', 1.66],
    ['2023-09-04', 1.86],
    ['2023-09-12', 2.03],
    ['2023-10-09', 2.06],
    ['2023-11-15', 2.18],
    ['2023-12-31', 2.22],
    ['2024-02-10', 2.02],
    ['2024-03-31', 1.84],
  ],
};

/**
 * A station that follows the lake-centre curves, as one row of the table below: id, names, kind, headline, [lat, lon],
 * gradient [NH3-N, TN], arrival days, effect [NH3-N, TN].
 */
const station = (
  id: string,
  zh: string,
  en: string,
  kind: StationKind,
  headline: boolean,
  [lat, lon]: [number, number],
  [nh3n, tn]: [number, number],
  arrivalDays: number,
  [nh3nEffect, tnEffect]: [number, number],
): StationConfig => ({
  id,
  name: { zh, en },
  kind,
  headline,
  location: { lat, lon },
  gradient: { nh3n, tn },
  arrivalDays,
  effect: { nh3n: nh3nEffect, tn: tnEffect },
});

export const STATIONS: readonly StationConfig[] = [
  station('gh-n', '滆湖北', 'Ge Lake North', 'lake', false, [31.68, 119.8], [1.12, 1.03], 1, [0.52, 0.28]),
  station('gh-c', '滆湖心', 'Ge Lake Centre', 'lake', true, [31.59, 119.83], [1, 1], 6, [0.48, 0.27]),
  station('gh-s', '滆湖南', 'Ge Lake South', 'lake', false, [31.5, 119.82], [1.05, 1.02], 11, [0.5, 0.31]),
  station(
    'gh-e',
    '太滆运河出湖口',
    'Taige Canal Outlet',
    'outflow',
    false,
    [31.6, 119.88],
    [1.1, 1.05],
    11,
    [0.5, 0.29],
  ),
  {
    id: 'bgh',
    name: { zh: '北干河入湖口', en: 'Beigan River Inlet' },
    kind: 'inflow',
    headline: false,
    location: { lat: 31.66, lon: 119.79 },
    gradient: { nh3n: 1, tn: 1 },
    own: {
      nh3n: [
        ['2022-07-01', 0.44],
        ['2022-08-31', 0.52],
        ['2022-09-12', 0.67],
        ['2022-10-09', 0.7],
        ['2022-12-31', 0.78],
        ['2023-03-31', 0.64],
        ['2023-06-15', 0.46],
        ['2023-07-01', 0.42],
        ['2023-08-31', 0.5],
        ['2023-09-12', 0.68],
        ['2023-10-09', 0.7],
        ['2023-12-31', 0.76],
        ['2024-03-31', 0.62],
      ],
      tn: [
        ['2022-07-01', 2.02],
        ['2022-08-31', 2.1],
        ['2022-09-12', 2.43],
        ['2022-10-09', 2.48],
        ['2022-12-31', 2.56],
        ['2023-03-31', 2.32],
        ['2023-06-15', 2.05],
        ['2023-07-01', 2.0],
        ['2023-08-31', 2.1],
        ['2023-09-12', 2.45],
        ['2023-10-09', 2.5],
        ['2023-12-31', 2.55],
        ['2024-03-31', 2.3],
      ],
    },
    arrivalDays: 0,
    effect: { nh3n: 0.76, tn: 0.34 },
  },
];

/** Noise and events (FACTS: log-normal noise, AR(1), summer storms, outages). */
export const NOISE = {
  /** Stationary σ of the log-level, per indicator. */
  sigma: { nh3n: 0.12, tn: 0.07 } satisfies Record<Indicator, number>,
  /** Day-to-day autocorrelation of the AR(1) log noise. */
  dailyPhi: 0.8,
  /** Extra independent σ per 4-hour reading. */
  readingSigma: { nh3n: 0.03, tn: 0.015 } satisfies Record<Indicator, number>,
  /** Days for the level to settle once the transfer water arrives. */
  rampDays: 2,
  /** e-folding days of the effect fading after the transfer ends. */
  recoveryDays: 18,
};

/** Summer storm spikes, per year: 2022–23 were dry years (FACTS), so the year before has fewer. */
export const STORMS = {
  count: 4,
  window: ['2023-07-05', '2023-08-28'] as const,
  yearBefore: { count: 3, window: ['2022-07-05', '2022-08-28'] as const },
  nh3nRise: [0.5, 1.5] as const,
  tnRise: [0.1, 0.3] as const,
  days: [1, 3] as const,
};

/** Share of 4-hourly slots lost to station outages, per station. */
export const GAP_SHARE = [0.01, 0.03] as const;

export interface TownConfig {
  id: string;
  name: LocalName;
  location: { lat: number; lon: number };
  villages: number;
  pipelineKm: number;
  /** Months by which the town's plan runs ahead of the programme curve (the 2022 trunk-sewer towns). */
  planLeadMonths: number;
  /** Completed ÷ planned-to-date at the as-of date: ≥ 1 at or ahead of plan, 0.75–0.85 behind it. */
  performance: readonly [min: number, max: number];
}

export const PROGRAMME = {
  firstMonth: '2022-01',
  lastMonth: '2025-12',
  asOfDate: '2024-03-31',
  /** Planned cumulative share of villages complete at month ends (S-curve, DESIGN §4 and FACTS). */
  planCurve: [
    ['2022-04', 0],
    ['2022-08', 0.08],
    ['2022-12', 0.15],
    ['2023-06', 0.29],
    ['2023-12', 0.44],
    ['2024-06', 0.62],
    ['2024-12', 0.8],
    ['2025-06', 0.93],
    ['2025-12', 1],
  ] as const,
  /** Months a village's works take, from start to completion. */
  buildMonths: [3, 8] as const,
  householdsRange: [80, 600] as const,
  kmPerVillage: [0.6, 2.5] as const,
  sewerToPlantShare: 0.65,
};

/** A town as one row of the table below: id, names, [lat, lon], villages, km, plan lead in months, performance. */
const town = (
  id: string,
  zh: string,
  en: string,
  [lat, lon]: [number, number],
  villages: number,
  pipelineKm: number,
  planLeadMonths: number,
  performance: [min: number, max: number],
): TownConfig => ({ id, name: { zh, en }, location: { lat, lon }, villages, pipelineKm, planLeadMonths, performance });

export const TOWNS: readonly TownConfig[] = [
  town('jiaze', '嘉泽镇', 'Jiaze', [31.72, 119.79], 130, 185, 2, [1.0, 1.06]),
  town('huangli', '湟里镇', 'Huangli', [31.63, 119.73], 125, 180, 2, [1.0, 1.05]),
  town('qianhuang', '前黄镇', 'Qianhuang', [31.6, 119.93], 140, 200, 1, [1.0, 1.04]),
  town('lijia', '礼嘉镇', 'Lijia', [31.63, 120.0], 105, 150, 1, [1.0, 1.06]),
  town('niutang', '牛塘镇', 'Niutang', [31.73, 119.89], 70, 95, 2, [1.0, 1.05]),
  town('luoyang', '洛阳镇', 'Luoyang', [31.67, 120.06], 85, 120, -1, [0.77, 0.83]),
  town('xueyan', '雪堰镇', 'Xueyan', [31.53, 120.09], 104, 150, -1, [0.78, 0.84]),
];
