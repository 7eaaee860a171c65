import { afterAll } from 'vitest';
import { describeReadContract } from '../contract/read-contract';
import { describeSewerPlanContract } from '../contract/sewer-plan-contract';
import { describeSummaryContract, fetchWater, setApiBase } from '../contract/summary-contract';
import { serverOn } from './test-server';

/** The mock's read-contract suite, run against the bureau server on `kind` (DESIGN §10 "Tests"). */
export async function readContractOn(kind: 'pglite' | 'postgres') {
  const server = await serverOn(kind);
  afterAll(() => server.close());
  setApiBase(`${server.url}/api/v1`);
  const water = await fetchWater();
  describeSummaryContract(`on ${kind}: the summary equals the figures recomputed from the series`, water);
  describeReadContract();
  describeSewerPlanContract();
}
