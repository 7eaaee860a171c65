/**
 * The contract between the summary and the series (DESIGN §3 "Invariants"): every figure `GET /water-quality/summary`
 * serves equals the same figure recomputed from `GET /water-quality/series` with the tests' own reference
 * computation (`reference-figures.ts`). Run on whatever dataset the mock serves: the illustrative one, an import.
 */
import { describe, expect, it } from 'vitest';
import {
  arrivalLag,
  classIIIOrBetter,
  ratioChange,
  stats,
  tone,
  toPoints,
  yearBefore,
  type Point,
  type ReferenceStats,
} from './reference-figures';

let base = 'http://localhost/api/v1';
/** Where the contract tests send their requests: the mock (intercepted) by default, a server when one is set. */
export const apiBase = () => base;
export const setApiBase = (url: string) => {
  base = url;
};

export const get = async <T>(path: string) => (await (await fetch(`${base}${path}`)).json()) as T;

export interface Window {
  from: string;
  to: string;
}
export interface Figures {
  stationId: string;
  indicator: 'nh3n' | 'tn';
  latest: { time: string; value: number; class: string | null } | null;
  baseline: ReferenceStats;
  during: ReferenceStats;
  after: ReferenceStats | null;
  lastYearBaseline: ReferenceStats;
  lastYearDuring: ReferenceStats;
  change: number | null;
  changeVsLastYear: number | null;
  netOfSeasonPts: number | null;
  lagDays: number | null;
  reasons: Record<'change' | 'changeVsLastYear' | 'netOfSeasonPts' | 'lagDays', string | null>;
  tones: Record<'change' | 'changeVsLastYear', string | null>;
}
export interface Summary {
  asOf: string;
  event: { id: string; start: string; end: string | null; inData: boolean };
  windows: Record<'baseline' | 'during' | 'lastYearBaseline' | 'lastYearDuring', Window> & { after: Window | null };
  figures: Figures[];
}
export interface Series {
  series: {
    stationId: string;
    indicator: 'nh3n' | 'tn';
    start: string;
    stepMinutes: number;
    values: (number | null)[];
  }[];
}

const HOUR = 3_600_000;
const ms = Date.parse;

/** What the contract is checked on, fetched from the mock (listening) before the tests are collected. */
export async function fetchWater() {
  const [stationsBody, eventsBody, summary, fourHourly] = await Promise.all([
    get<{ stations: { id: string; kind: string }[] }>('/stations'),
    get<{ events: { id: string; start: string; end: string | null }[] }>('/water-transfer/events'),
    get<Summary>('/water-quality/summary'),
    get<Series>('/water-quality/series?interval=4h'),
  ]);
  return { stationsBody, eventsBody, summary, fourHourly };
}
export type WaterBodies = Awaited<ReturnType<typeof fetchWater>>;

/** `actual` equals `expected` field by field, numbers within 1e-9 (DESIGN §3 "numbers"). */
export function expectClose(actual: unknown, expected: unknown, where: string) {
  if (typeof expected === 'number' && typeof actual === 'number') {
    expect(Math.abs(actual - expected), where).toBeLessThanOrEqual(1e-9);
  } else if (expected !== null && typeof expected === 'object') {
    expect(actual, where).toBeTypeOf('object');
    for (const [key, value] of Object.entries(expected)) {
      expectClose((actual as Record<string, unknown>)[key], value, `${where}.${key}`);
    }
  } else {
    expect(actual, where).toBe(expected);
  }
}

export function describeSummaryContract(title: string, { stationsBody, eventsBody, summary, fourHourly }: WaterBodies) {
  const event = eventsBody.events[0]!;
  const pointsOf = (stationId: string, indicator: string): Point[] => {
    const s = fourHourly.series.find((x) => x.stationId === stationId && x.indicator === indicator)!;
    return toPoints(s.start, s.stepMinutes, s.values);
  };
  const held = fourHourly.series.flatMap((s) =>
    toPoints(s.start, s.stepMinutes, s.values)
      .filter((p) => p.v !== null)
      .map((p) => p.t),
  );
  const lastSlot = held.reduce((a, b) => Math.max(a, b), -Infinity);
  const firstSlot = held.reduce((a, b) => Math.min(a, b), Infinity);
  const start = ms(event.start);
  const duringEnd = event.end === null ? lastSlot + 4 * HOUR : ms(event.end);
  // An event wholly after or before the data has an empty during window, [start, start).
  const outside = start > lastSlot ? 'event-after-data' : duringEnd <= firstSlot ? 'event-before-data' : null;
  const end = outside ? start : duringEnd;

  describe(title, () => {
    it('summarises the first event, as of the last slot holding a reading', () => {
      const inData = held.some((t) => t >= start && t < end);
      expect(summary.event).toEqual({ id: event.id, start: event.start, end: event.end, inData });
      expect(ms(summary.asOf)).toBe(lastSlot);
    });

    it('serves the windows of DESIGN §3', () => {
      const expected = {
        baseline: [start - 30 * 24 * HOUR, start],
        during: [start, end],
        after: event.end === null || ms(event.end) > lastSlot ? null : [ms(event.end), lastSlot + 4 * HOUR],
        lastYearBaseline: [yearBefore(start - 30 * 24 * HOUR), yearBefore(start)],
        lastYearDuring: [yearBefore(start), yearBefore(end)],
      };
      for (const [name, span] of Object.entries(expected)) {
        const window = summary.windows[name as keyof Summary['windows']];
        expect(window && [ms(window.from), ms(window.to)], name).toEqual(span);
      }
    });

    it('serves a row for every station and indicator', () => {
      expect(summary.figures.map((f) => `${f.stationId}/${f.indicator}`)).toEqual(
        stationsBody.stations.flatMap((s) => [`${s.id}/nh3n`, `${s.id}/tn`]),
      );
    });

    it.each(
      stationsBody.stations.flatMap((s) =>
        (['nh3n', 'tn'] as const).map((indicator) => [s.id, indicator, s.kind] as const),
      ),
    )('%s %s: stats, changes, net of season, lag and latest', (stationId, indicator, kind) => {
      const served = summary.figures.find((f) => f.stationId === stationId && f.indicator === indicator)!;
      const points = pointsOf(stationId, indicator);
      const w = summary.windows;
      const windowStats = (window: Window) => stats(points, ms(window.from), ms(window.to), indicator, kind);
      const baseline = windowStats(w.baseline);
      const during = windowStats(w.during);
      const lastYearBaseline = windowStats(w.lastYearBaseline);
      const lastYearDuring = windowStats(w.lastYearDuring);
      // Each figure's reason: the event outside the data, then the first of its windows not covered, then a zero.
      const notCovered = (name: string, s: ReferenceStats) => (s.coverage === 'ok' ? null : `${name}-${s.coverage}`);
      const zero = (name: string, s: ReferenceStats) => (s.mean === 0 ? `${name}-zero` : null);
      const reasons = {
        change:
          outside ?? notCovered('baseline', baseline) ?? notCovered('during', during) ?? zero('baseline', baseline),
        changeVsLastYear:
          outside ??
          notCovered('during', during) ??
          notCovered('last-year', lastYearDuring) ??
          zero('last-year', lastYearDuring),
        netOfSeasonPts:
          outside ??
          [
            notCovered('baseline', baseline),
            notCovered('during', during),
            notCovered('last-year', lastYearBaseline),
            notCovered('last-year', lastYearDuring),
            zero('baseline', baseline),
            zero('last-year', lastYearBaseline),
          ].find((r) => r !== null) ??
          null,
        lagDays: outside ?? notCovered('baseline', baseline) ?? notCovered('during', during),
      };
      const change = reasons.change ? null : ratioChange(during.mean, baseline.mean);
      const changeVsLastYear = reasons.changeVsLastYear ? null : ratioChange(during.mean, lastYearDuring.mean);
      const lastYearChange = ratioChange(lastYearDuring.mean, lastYearBaseline.mean);
      const lag = reasons.lagDays
        ? { lagDays: null, reason: reasons.lagDays }
        : arrivalLag(points, start, ms(w.during.to), w.after !== null);
      const latest = points.filter((p) => p.v !== null && p.t <= ms(summary.asOf)).at(-1) ?? null;
      expectClose(
        served,
        {
          baseline,
          during,
          after: w.after && windowStats(w.after),
          lastYearBaseline,
          lastYearDuring,
          change,
          changeVsLastYear,
          netOfSeasonPts: reasons.netOfSeasonPts ? null : (change! - lastYearChange!) * 100,
          lagDays: lag.lagDays,
          reasons: { ...reasons, lagDays: lag.reason },
          tones: { change: tone(change), changeVsLastYear: tone(changeVsLastYear) },
        },
        `${stationId}/${indicator}`,
      );
      expect(served.latest && { ...served.latest, time: ms(served.latest.time) }).toEqual(
        latest && { time: latest.t, value: latest.v, class: served.latest?.class ?? null },
      );
      // The class: TN has none outside lake stations; otherwise it agrees with the class III test.
      const meets = latest && classIIIOrBetter(indicator, kind, latest.v!);
      if (meets === null) expect(served.latest?.class ?? null).toBeNull();
      else expect(['I', 'II', 'III'].includes(served.latest!.class!)).toBe(meets);
    });
  });
}
