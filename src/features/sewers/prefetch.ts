import type { QueryClient } from '@tanstack/react-query';
import { progressQueryOptions, townsQueryOptions, villagesQueryOptions } from '../../api/sewers';
import { ignore, prefetchSewerOverview, prefetchTownStandings } from '../../stories/prefetch';

/* Route loaders of the sewer pages (the stories' common requests are in `stories/prefetch.ts`). */

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
