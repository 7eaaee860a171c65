/**
 * Every derived figure the API serves equals the same figure computed from what the API serves, by DESIGN §3's
 * definitions, with the tests' own reference computation (`reference-figures.ts`): the summary from the 4-hourly
 * series, the plan figures from the towns' progress, and the sums the contract promises.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { describeSummaryContract, expectClose, fetchWater, get } from './summary-contract';

const HOUR = 3_600_000;
const ms = Date.parse;

// Listening from the start: the tests below are generated from the served stations.
server.listen({ onUnhandledRequest: 'error' });
afterAll(() => server.close());

const water = await fetchWater();
describeSummaryContract(
  'GET /water-quality/summary equals the figures recomputed from GET /water-quality/series',
  water,
);

describe('the illustrative data tells the source’s story', () => {
  const { stationsBody, summary } = water;
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
