import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
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

/** Loading until every query has data; the first error with a retry of what failed; then empty or the content. */
export function QueryView({ queries, isEmpty, empty, loading, children, keepData = false }: QueryViewProps) {
  const failed = queries.filter((q) => q.isError && !(keepData && q.data !== undefined));
  if (failed.length > 0) {
    return <ErrorState error={failed[0]!.error} onRetry={() => failed.forEach((q) => void q.refetch())} />;
  }
  if (queries.some((q) => q.data === undefined)) return loading ?? <LoadingState />;
  if (isEmpty?.()) return <EmptyState>{empty}</EmptyState>;
  return children();
}
