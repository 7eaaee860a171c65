/**
 * Every derived figure the API serves equals the same figure computed from what the API serves, by DESIGN §3's
 * definitions, with the tests' own reference computation (`reference-figures.ts`): the summary from the 4-hourly
 * series, the plan figures from the towns' progress, and the sums the contract promises.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { server } from '../../mocks/vitest-host';
import { describeSewerPlanContract } from './sewer-plan-contract';
import { describeSummaryContract, fetchWater } from './summary-contract';

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

describeSewerPlanContract();
