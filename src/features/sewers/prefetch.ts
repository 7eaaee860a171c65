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

/** The overview's queries, the towns and each town's progress: the wall's sewer data. */
export function prefetchTownStandings(queryClient: QueryClient): void {
  prefetchSewerOverview(queryClient);
  queryClient
    .query(townsQueryOptions())
    .then((towns) => Promise.all(towns.map((town) => queryClient.query(progressQueryOptions(town.id)))))
    .catch(ignore);
}

/** `/sewers`: the town standings and every village. */
export function prefetchSewers(queryClient: QueryClient): void {
  prefetchTownStandings(queryClient);
  queryClient.query(villagesQueryOptions()).catch(ignore);
}
