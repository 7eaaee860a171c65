import { describe, expect, it } from 'vitest';
import type { ProgressMonth, SewersDataset, VillageRecord } from './dataset';
import { deriveSewersFigures, planFigures, standingOf } from './sewers-figures';

const month = (m: string, plannedVillages: number, plannedKm: number, done: number | null = null): ProgressMonth => ({
  month: m,
  plannedVillages,
  completedVillages: done,
  plannedKm,
  builtKm: done === null ? null : done / 2,
});

let serial = 0;
const village = (townId: string, status: VillageRecord['status'], planned: number, built: number): VillageRecord => ({
  id: `${townId}-${++serial}`,
  name: { zh: '村', en: 'Cun' },
  townId,
  status,
  households: 100,
  treatment: 'sewer_to_plant',
  pipelineKm: { planned, built },
  startedOn: null,
  completedOn: null,
});

/** `completed` done villages of `total`, each with 1.1 km planned and `built` km built. */
const villages = (townId: string, total: number, completed: number, built = 1.1) =>
  Array.from({ length: total }, (_, i) =>
    village(townId, i < completed ? 'completed' : 'not_started', 1.1, i < completed ? built : 0),
  );

function dataset(progress: SewersDataset['progress'], list: VillageRecord[]): SewersDataset {
  return {
    source: { kind: 'illustrative' },
    period: { start: '2022-01-01', end: '2025-12-31' },
    asOf: '2024-03-31T20:00:00+08:00',
    towns: Object.keys(progress).map((id) => ({ id, name: { zh: id, en: id }, location: null })),
    villages: list,
    progress,
  };
}

describe('planFigures (DESIGN §3 "plan figures")', () => {
  it('gives the share of the plan reached and the gap to it, in villages and whole metres', () => {
    const plan = planFigures(
      { total: 759, completed: 416, inProgress: 104, notStarted: 239 },
      { planned: 1080, built: 658.001 },
      { villages: 423, km: 689.691 },
    );
    expect(plan?.shareOfPlan.villages).toBe(416 / 423);
    expect(plan?.shareOfPlan.km).toBe(658.001 / 689.691);
    expect(plan?.gapToPlan).toEqual({ villages: 7, km: 31.69 });
  });

  it('reads ahead of plan as a negative gap; no share where nothing was planned; null without a plan', () => {
    const counts = { total: 100, completed: 60, inProgress: 0, notStarted: 40 };
    expect(planFigures(counts, { planned: 150, built: 90 }, { villages: 50, km: 80 })?.gapToPlan.villages).toBe(-10);
    expect(planFigures(counts, { planned: 150, built: 0 }, { villages: 0, km: 0 })?.shareOfPlan).toEqual({
      villages: null,
      km: null,
    });
    expect(planFigures(counts, { planned: 150, built: 90 }, null)).toBeNull();
  });
});

describe('deriveSewersFigures', () => {
  const data = dataset(
    {
      onplan: [month('2024-02', 30, 40), month('2024-03', 4, 5, 4)],
      behind: [month('2024-03', 5, 7, 4)],
      ahead: [month('2024-03', 2, 3, 3)],
      noplan: [month('2024-02', 1, 1, 1)],
    },
    [
      ...villages('onplan', 10, 4),
      ...villages('behind', 10, 4),
      ...villages('ahead', 10, 3),
      ...villages('noplan', 5, 1),
    ],
  );
  const figures = deriveSewersFigures(data);

  it('orders towns furthest behind their own plan first, towns without a plan at the as-of month last', () => {
    expect(figures.towns.map((t) => t.id)).toEqual(['behind', 'onplan', 'ahead', 'noplan']);
    expect(figures.towns[0]!.plan).toEqual({
      plannedToDate: { villages: 5, km: 7 },
      shareOfPlan: { villages: 0.8, km: 4.4 / 7 },
      gapToPlan: { villages: 1, km: 2.6 },
    });
    expect(figures.towns[3]!.plan).toBeNull();
  });

  it('breaks ties by the km share, then by id', () => {
    const tie = dataset(
      { b: [month('2024-03', 2, 2, 1)], a: [month('2024-03', 2, 2, 1)], c: [month('2024-03', 2, 2, 1)] },
      [...villages('b', 2, 1), ...villages('a', 2, 1), ...villages('c', 2, 1, 0.5)],
    );
    expect(deriveSewersFigures(tie).towns.map((t) => t.id)).toEqual(['c', 'a', 'b']);
  });

  it('sums towns into the summary and the programme months; no programme plan when a town has none', () => {
    expect(figures.summary.villages).toEqual({ total: 35, completed: 12, inProgress: 0, notStarted: 23 });
    expect(figures.summary.pipelineKm).toEqual({ planned: 38.5, built: 13.2 });
    expect(figures.summary.plan).toBeNull();
    expect(figures.programme.map((m) => m.month)).toEqual(['2024-02', '2024-03']);
    // A town without a row for a month adds nothing to it.
    expect(figures.programme[1]).toMatchObject({ plannedVillages: 11, completedVillages: 11, plannedKm: 15 });
  });
});

describe('standing (DESIGN §3 v3 "verdicts")', () => {
  const plan = (villages: number | null, plannedVillages = 100) => ({
    plannedToDate: { villages: plannedVillages, km: 10 },
    // The km share is shown, never judged: it stays far behind in every case.
    shareOfPlan: { villages, km: 0.5 },
    gapToPlan: { villages: 0, km: 5 },
  });
  it.each([
    [1.005, 'ahead'],
    [1.0049, 'on-plan'],
    [0.995, 'on-plan'],
    [0.983, 'behind'],
    [0.95, 'behind'],
    [0.9499, 'well-behind'],
  ] as const)('a villages share of plan of %s is %s', (share, standing) => {
    expect(standingOf(plan(share), 1)).toBe(standing);
  });

  it('is on plan with nothing planned and nothing done, ahead with something done, null without a plan', () => {
    expect(standingOf(plan(null, 0), 0)).toBe('on-plan');
    expect(standingOf(plan(null, 0), 2)).toBe('ahead');
    expect(standingOf(null, 2)).toBeNull();
  });

  it('is served beside every plan, with the shares of the total', () => {
    const data = dataset({ t: [month('2024-03', 5, 7, 4)] }, villages('t', 10, 4));
    const figures = deriveSewersFigures(data);
    expect(figures.towns[0]!.standing).toBe('well-behind');
    expect(figures.towns[0]!.shareOfTotal).toEqual({ villages: 0.4, km: 4.4 / 11 });
    expect(figures.summary.standing).toBe('well-behind');
  });
});
