import { describe, expect, it } from 'vitest';
import type { Town } from '../api/sewers';
import { townBarsInput } from './town-bars';

const town = (id: string, plannedToDate: number | null) =>
  ({
    id,
    name: { zh: `${id}镇`, en: `${id} town` },
    villages: { total: 100, completed: 40, inProgress: 10, notStarted: 50 },
    pipelineKm: { planned: 150, built: 60 },
    plan: plannedToDate === null ? null : { plannedToDate: { villages: plannedToDate, km: plannedToDate * 1.5 } },
  }) as Town;

describe('townBarsInput', () => {
  it('keeps the served order, marks the chosen town, and leaves the plan null without one', () => {
    const input = townBarsInput([town('a', 55), town('b', null)], 'b', 'en');
    expect(input.selected).toBe(1);
    expect(input.towns.map((bar) => bar.name)).toEqual(['a town', 'b town']);
    expect(input.towns[0]).toMatchObject({ completed: 40, inProgress: 10, notStarted: 50, plannedToDate: 55 });
    expect(input.towns[0]!.kmPlannedToDate).toBeCloseTo(82.5);
    expect(input.towns[1]).toMatchObject({ plannedToDate: null, kmPlannedToDate: null, kmBuilt: 60, kmPlanned: 150 });
    expect(townBarsInput([town('a', 1)], 'none', 'zh').selected).toBeNull();
  });
});
