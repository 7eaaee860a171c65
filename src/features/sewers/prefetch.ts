import type { QueryClient } from '@tanstack/react-query';
import { progressQueryOptions, sewersSummaryQueryOptions } from '../../api/sewers';

const ignore = () => undefined;

/** Starts the overview's sewer queries as soon as the route matches; failures are left to the components' queries. */
export function prefetchSewerOverview(queryClient: QueryClient): void {
  queryClient.query(sewersSummaryQueryOptions()).catch(ignore);
  queryClient.query(progressQueryOptions()).catch(ignore);
}
