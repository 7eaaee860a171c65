import type { Answer } from './answer';
import type { ServedDataset } from './served-dataset';

/** The groups a mock scenario can be scoped to (DESIGN §3). `meta` is hit only by scenarios scoped to `all`. */
export type RouteGroup = 'meta' | 'water-quality' | 'sewers';

/** One read endpoint of the contract, answered from the dataset its host serves. */
export interface ContractRoute {
  group: RouteGroup;
  path: string;
  answer: (url: URL, dataset: ServedDataset) => Promise<Answer>;
  /** This endpoint's answer when there is no data at all (the mock's `empty` scenario); absent when it answers as usual. */
  empty?: () => Answer;
}
