import type { QueryClient } from '@tanstack/react-query';
import {
  progressQueryOptions,
  sewersSummaryQueryOptions,
  townsQueryOptions,
  villagesQueryOptions,
} from '../../api/sewers';

const ignore = () => undefined;

/*
 * Route loaders start a page's queries as soon as the route matches, before its components render. They do not wait:
 * the page renders its frames at once. Failures are left to the components' own queries, which show them.
 */

/** The overview: the summary and the programme's progress. */
export function prefetchSewerOverview(queryClient: QueryClient): void {
  queryClient.query(sewersSummaryQueryOptions()).catch(ignore);
  queryClient.query(progressQueryOptions()).catch(ignore);
}

/** `/sewers`: the overview's queries, the towns and each town's progress, and every village. */
export function prefetchSewers(queryClient: QueryClient): void {
  prefetchSewerOverview(queryClient);
  queryClient
    .query(townsQueryOptions())
    .then((towns) => Promise.all(towns.map((town) => queryClient.query(progressQueryOptions(town.id)))))
    .catch(ignore);
  queryClient.query(villagesQueryOptions()).catch(ignore);
}
