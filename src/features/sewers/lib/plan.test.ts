import { describe, expect, it } from 'vitest';
import type { ProgressMonth, Town } from '../../../api/sewers';
import { planAt, planStanding, townsByLag } from './plan';

const month = (m: string, plannedVillages: number, plannedKm: number): ProgressMonth => ({
  month: m,
  plannedVillages,
  completedVillages: null,
  plannedKm,
  builtKm: null,
});
const town = (id: string, completed: number, built: number): Town => ({
  id,
  name: { zh: id, en: id },
  location: { lat: 31.6, lon: 119.8 },
  villages: { total: 100, completed, inProgress: 10, notStarted: 90 - completed },
  pipelineKm: { planned: 150, built },
});

describe('planStanding', () => {
  it('gives the share of the plan reached and the gap to it, in villages and km', () => {
    const standing = planStanding(
      { total: 759, completed: 416, inProgress: 104, notStarted: 239 },
      { planned: 1080, built: 658.001 },
      { villages: 423, km: 689.691 },
    );
    expect(standing.villageShare).toBeCloseTo(416 / 423);
    expect(standing.kmShare).toBeCloseTo(658.001 / 689.691);
    expect(standing.villageGap).toBe(7);
    expect(standing.kmGap).toBe(31.69);
  });

  it('reads a town ahead of its plan as a negative gap, and has no figures without a plan', () => {
    const ahead = planStanding(town('a', 60, 90).villages, { planned: 150, built: 90 }, { villages: 50, km: 80 });
    expect(ahead.villageGap).toBe(-10);
    expect(ahead.villageShare).toBeCloseTo(1.2);
    const none = planStanding(town('a', 60, 90).villages, { planned: 150, built: 90 }, null);
    expect([none.villageShare, none.kmShare, none.villageGap, none.kmGap]).toEqual([null, null, null, null]);
    expect(
      planStanding(town('a', 0, 0).villages, { planned: 0, built: 0 }, { villages: 0, km: 0 }).villageShare,
    ).toBeNull();
  });
});

describe('townsByLag', () => {
  it('puts the town furthest behind its own plan first, towns without a plan last', () => {
    const progress = new Map([
      ['on-plan', [month('2024-02', 30, 40), month('2024-03', 40, 50)]],
      ['behind', [month('2024-03', 50, 70)]],
      ['ahead', [month('2024-03', 20, 30)]],
    ]);
    const towns = [town('on-plan', 40, 50), town('no-plan', 10, 10), town('behind', 40, 52), town('ahead', 30, 40)];
    const sorted = townsByLag(towns, progress, '2024-03');
    expect(sorted.map((s) => s.town.id)).toEqual(['behind', 'on-plan', 'ahead', 'no-plan']);
    expect(sorted[0]).toMatchObject({
      villageShare: 0.8,
      villageGap: 10,
      kmGap: 18,
      plannedToDate: { villages: 50, km: 70 },
    });
  });

  it('finds the plan at a month, or none', () => {
    expect(planAt([month('2024-03', 5, 6)], '2024-03')).toEqual({ villages: 5, km: 6 });
    expect(planAt([month('2024-03', 5, 6)], '2024-04')).toBeNull();
  });
});
