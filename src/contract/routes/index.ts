import { notFound, type Answer } from '../answer';
import type { ContractRoute } from '../route';
import type { ServedDataset } from '../served-dataset';
import { mapRoutes } from './map';
import { metaRoutes } from './meta';
import { sewersRoutes } from './sewers';
import { waterQualityRoutes } from './water-quality';

/** Every read endpoint of the contract, split by domain: what the mock and the bureau server both answer. */
export const contractRoutes: readonly ContractRoute[] = [
  ...metaRoutes,
  ...waterQualityRoutes,
  ...sewersRoutes,
  ...mapRoutes,
];

const byPath = new Map(contractRoutes.map((route) => [route.path, route]));

export const routeAt = (path: string) => byPath.get(path);

/** The answer to `GET {basePath}{path}` from `dataset`; a 404 problem for a path the contract does not have. */
export function answerRead(path: string, url: URL, dataset: ServedDataset): Promise<Answer> {
  const route = byPath.get(path);
  return route ? route.answer(url, dataset) : Promise.resolve(notFound(`no endpoint GET ${url.pathname}`));
}
