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

/** The overview's queries and the towns with their plan figures. */
export function prefetchTownStandings(queryClient: QueryClient): void {
  prefetchSewerOverview(queryClient);
  queryClient.query(townsQueryOptions()).catch(ignore);
}

/** The wall: the towns and each town's progress, so that the rotation never waits for the next town's. */
export function prefetchWallSewers(queryClient: QueryClient): void {
  prefetchSewerOverview(queryClient);
  queryClient
    .query(townsQueryOptions())
    .then((towns) => Promise.all(towns.map((town) => queryClient.query(progressQueryOptions(town.id)))))
    .catch(ignore);
}

/** `/sewers`: the towns, every village, and the chosen town's progress. */
export function prefetchSewers(queryClient: QueryClient, town: string | undefined): void {
  prefetchTownStandings(queryClient);
  queryClient.query(villagesQueryOptions()).catch(ignore);
  if (town) queryClient.query(progressQueryOptions(town)).catch(ignore);
}
