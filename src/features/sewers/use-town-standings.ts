import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { progressQueryOptions, type ProgressMonth, type Town } from '../../api/sewers';
import { townsByLag } from './lib/plan';

/** Module-level, so React Query keeps the combined result (and `months`) stable while no query changes. */
const combineProgress = (results: UseQueryResult<ProgressMonth[]>[]) => ({
  results,
  months: results.map((r) => r.data),
});

/** Every town against its own plan at the as-of month, furthest behind first: one progress request per town. */
export function useTownStandings(towns: readonly Town[] | undefined, asOfMonth: string | null) {
  const progress = useQueries({
    queries: (towns ?? []).map((town) => progressQueryOptions(town.id)),
    combine: combineProgress,
  });
  const standings = useMemo(() => {
    if (!towns || asOfMonth === null || progress.months.some((m) => m === undefined)) return null;
    const byTown = new Map<string, readonly ProgressMonth[]>(towns.map((t, i) => [t.id, progress.months[i]!]));
    return townsByLag(towns, byTown, asOfMonth);
  }, [towns, asOfMonth, progress.months]);
  return { standings, queries: progress.results };
}
