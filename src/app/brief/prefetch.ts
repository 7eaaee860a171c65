import type { QueryClient } from '@tanstack/react-query';
import { villagesQueryOptions } from '../../api/sewers';
import { prefetchTownStandings } from '../../features/sewers/prefetch';
import { prefetchWallWater } from '../../features/water-quality/prefetch';

/**
 * `/brief`: the water story with the events, the towns' standings and every village (the appendix), all at once.
 * The first event's figures only: a named event is checked against the events before its figures are asked for.
 */
export function prefetchBrief(queryClient: QueryClient): void {
  prefetchWallWater(queryClient);
  prefetchTownStandings(queryClient);
  queryClient.query(villagesQueryOptions()).catch(() => undefined);
}
