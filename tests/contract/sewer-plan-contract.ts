/**
 * The sewer plan figures equal those recomputed from the served progress (DESIGN §3 "plan figures"), on the
 * illustrative data: checked on the mock and on the bureau server.
 */
import { describe, expect, it } from 'vitest';
import { expectClose, get } from './summary-contract';

const HOUR = 3_600_000;
const ms = Date.parse;

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

export function describeSewerPlanContract() {
  describe('the sewer plan figures equal those recomputed from the served progress', () => {
    it('per town, in "behind" order, and for the programme as the sum of its towns', async () => {
      const summary = await get<{ asOf: string; villages: Counts; pipelineKm: Town['pipelineKm']; plan: Plan }>(
        '/sewers/summary',
      );
      const { towns } = await get<{ towns: Town[] }>('/sewers/towns');
      const { villages } = await get<{
        villages: { townId: string; status: string; pipelineKm: Town['pipelineKm'] }[];
      }>('/sewers/villages');
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
      expect([summary.villages.completed, summary.villages.total, summary.pipelineKm.built]).toEqual([
        416, 759, 658.001,
      ]);
    });
  });
}
