/**
 * Every derived figure the API serves equals the same figure computed from what the API serves, by DESIGN §3's
 * definitions, with the tests' own reference computation (`reference-figures.ts`): the summary from the 4-hourly
 * series, the plan figures from the towns' progress, and the sums the contract promises.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import {
  arrivalLag,
  classIIIOrBetter,
  ratioChange,
  stats,
  toPoints,
  yearBefore,
  type Point,
  type ReferenceStats,
} from './reference-figures';

// Listening from the start: the tests below are generated from the served stations.
server.listen({ onUnhandledRequest: 'error' });
afterAll(() => server.close());

const get = async <T>(path: string) => (await (await fetch(`http://localhost/api/v1${path}`)).json()) as T;

interface Window {
  from: string;
  to: string;
}
interface Figures {
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
}
interface Summary {
  asOf: string;
  event: { id: string; start: string; end: string | null };
  windows: Record<'baseline' | 'during' | 'lastYearBaseline' | 'lastYearDuring', Window> & { after: Window | null };
  figures: Figures[];
}
interface Series {
  series: {
    stationId: string;
    indicator: 'nh3n' | 'tn';
    start: string;
    stepMinutes: number;
    values: (number | null)[];
  }[];
}

const [stationsBody, eventsBody, summary, fourHourly] = await Promise.all([
  get<{ stations: { id: string; kind: string }[] }>('/stations'),
  get<{ events: { id: string; start: string; end: string | null }[] }>('/water-transfer/events'),
  get<Summary>('/water-quality/summary'),
  get<Series>('/water-quality/series?interval=4h'),
]);

const HOUR = 3_600_000;
const ms = Date.parse;
const event = eventsBody.events[0]!;
const pointsOf = (stationId: string, indicator: string): Point[] => {
  const s = fourHourly.series.find((x) => x.stationId === stationId && x.indicator === indicator)!;
  return toPoints(s.start, s.stepMinutes, s.values);
};
const lastSlot = Math.max(
  ...fourHourly.series.flatMap((s) =>
    toPoints(s.start, s.stepMinutes, s.values)
      .filter((p) => p.v !== null)
      .map((p) => p.t),
  ),
);

/** `actual` equals `expected` field by field, numbers within 1e-9 (DESIGN §3 "numbers"). */
function expectClose(actual: unknown, expected: unknown, where: string) {
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

describe('GET /water-quality/summary equals the figures recomputed from GET /water-quality/series', () => {
  it('summarises the first event, as of the last slot holding a reading', () => {
    expect(summary.event).toEqual({ id: event.id, start: event.start, end: event.end });
    expect(ms(summary.asOf)).toBe(lastSlot);
  });

  it('serves the windows of DESIGN §3', () => {
    const start = ms(event.start);
    const end = event.end === null ? lastSlot + 4 * HOUR : ms(event.end);
    const expected = {
      baseline: [start - 30 * 24 * HOUR, start],
      during: [start, end],
      after: end > lastSlot ? null : [end, lastSlot + 4 * HOUR],
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
    const change = ratioChange(during.mean, baseline.mean);
    const lastYearChange = ratioChange(lastYearDuring.mean, lastYearBaseline.mean);
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
        changeVsLastYear: ratioChange(during.mean, lastYearDuring.mean),
        netOfSeasonPts: change === null || lastYearChange === null ? null : (change - lastYearChange) * 100,
        lagDays: baseline.mean === null ? null : arrivalLag(points, ms(event.start), ms(w.during.to)),
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

  it('tells the source’s story at the lake stations: both indicators fall during the transfer', () => {
    const lakes = stationsBody.stations.filter((s) => s.kind === 'lake').map((s) => s.id);
    for (const f of summary.figures.filter((x) => lakes.includes(x.stationId))) {
      expect(f.during.mean!, `${f.stationId}/${f.indicator}`).toBeLessThan(f.baseline.mean!);
    }
    const centre = summary.figures.filter((f) => f.stationId === 'gh-c');
    expect(centre.map((f) => Math.round(f.change! * 1000) / 10)).toEqual([-40.4, -25.2]);
  });
});

interface Counts {
  total: number;
  completed: number;
  inProgress: number;
  notStarted: number;
}
interface Plan {
  plannedToDate: { villages: number; km: number };
  shareOfPlan: { villages: number | null; km: number | null };
  gapToPlan: { villages: number; km: number };
}
interface Town {
  id: string;
  villages: Counts;
  pipelineKm: { planned: number; built: number };
  plan: Plan | null;
}
interface Month {
  month: string;
  plannedVillages: number;
  completedVillages: number | null;
  plannedKm: number;
  builtKm: number | null;
}

describe('the sewer plan figures equal those recomputed from the served progress', () => {
  it('per town, in "behind" order, and for the programme as the sum of its towns', async () => {
    const summary = await get<{ asOf: string; villages: Counts; pipelineKm: Town['pipelineKm']; plan: Plan }>(
      '/sewers/summary',
    );
    const { towns } = await get<{ towns: Town[] }>('/sewers/towns');
    const { villages } = await get<{ villages: { townId: string; status: string; pipelineKm: Town['pipelineKm'] }[] }>(
      '/sewers/villages',
    );
    const { months: programme } = await get<{ months: Month[] }>('/sewers/progress');
    const asOfMonth = new Date(ms(summary.asOf) + 8 * HOUR).toISOString().slice(0, 7);
    const plans = new Map<string, { villages: number; km: number }>();
    for (const town of towns) {
      const { months } = await get<{ months: Month[] }>(`/sewers/progress?town=${town.id}`);
      const at = months.find((m) => m.month === asOfMonth)!;
      plans.set(town.id, { villages: at.plannedVillages, km: at.plannedKm });
      const own = villages.filter((v) => v.townId === town.id);
      expect(own).toHaveLength(town.villages.total);
      expect(own.filter((v) => v.status === 'completed')).toHaveLength(town.villages.completed);
      expectClose(
        town.plan,
        {
          plannedToDate: plans.get(town.id),
          shareOfPlan: {
            villages: town.villages.completed / at.plannedVillages,
            km: town.pipelineKm.built / at.plannedKm,
          },
          gapToPlan: {
            villages: at.plannedVillages - town.villages.completed,
            km: at.plannedKm - town.pipelineKm.built,
          },
        },
        town.id,
      );
      // The last month with actuals equals the town's totals.
      expect(months.findLast((m) => m.completedVillages !== null)).toMatchObject({
        month: asOfMonth,
        completedVillages: town.villages.completed,
      });
    }
    const shares = towns.map((t) => [t.plan!.shareOfPlan.villages!, t.plan!.shareOfPlan.km!, t.id] as const);
    const sorted = [...shares].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2].localeCompare(b[2]));
    expect(shares.map((s) => s[2])).toEqual(sorted.map((s) => s[2]));

    const sum = (pick: (p: { villages: number; km: number }) => number) =>
      [...plans.values()].reduce((total, p) => total + pick(p), 0);
    expectClose(
      summary.plan,
      {
        plannedToDate: { villages: sum((p) => p.villages), km: sum((p) => p.km) },
        shareOfPlan: {
          villages: summary.villages.completed / sum((p) => p.villages),
          km: summary.pipelineKm.built / sum((p) => p.km),
        },
        gapToPlan: {
          villages: sum((p) => p.villages) - summary.villages.completed,
          km: sum((p) => p.km) - summary.pipelineKm.built,
        },
      },
      'programme',
    );
    for (const key of ['total', 'completed', 'inProgress', 'notStarted'] as const) {
      expect(towns.reduce((total, t) => total + t.villages[key], 0)).toBe(summary.villages[key]);
    }
    expect(programme.findLast((m) => m.completedVillages !== null)).toMatchObject({
      month: asOfMonth,
      completedVillages: summary.villages.completed,
    });
    expect([summary.villages.completed, summary.villages.total, summary.pipelineKm.built]).toEqual([416, 759, 658.001]);
  });
});
