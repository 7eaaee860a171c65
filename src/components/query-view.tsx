import type { UseQueryResult } from '@tanstack/react-query';
import { useDeferredValue, type ReactNode } from 'react';
import { EmptyState, ErrorState, LoadingState } from './query-states';

interface QueryViewProps {
  queries: readonly UseQueryResult[];
  /** Checked once every query has data: true shows the empty state instead of the children. */
  isEmpty?: () => boolean;
  empty?: ReactNode;
  loading?: ReactNode;
  children: () => ReactNode;
  /** Keep showing the last good data when a refresh fails (the wall): the error shows only where there is none. */
  keepData?: boolean;
}

/**
 * Loading until every query has data; the first error with a retry of what failed; then empty or the content.
 *
 * The content first shows in a deferred render: React Query's news of the data re-renders its readers at once and
 * in one piece (`useSyncExternalStore`), and a page's panels all filling in that render made one long task; deferred,
 * React renders them in slices, letting the browser paint and handle input in between.
 */
export function QueryView({ queries, isEmpty, empty, loading, children, keepData = false }: QueryViewProps) {
  const settled = queries.every((q) => q.data !== undefined);
  const revealed = useDeferredValue(settled);
  const failed = queries.filter((q) => q.isError && !(keepData && q.data !== undefined));
  if (failed.length > 0) {
    return <ErrorState error={failed[0]!.error} onRetry={() => failed.forEach((q) => void q.refetch())} />;
  }
  if (!settled || !revealed) return loading ?? <LoadingState />;
  if (isEmpty?.()) return <EmptyState>{empty}</EmptyState>;
  return children();
}
