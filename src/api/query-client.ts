import { QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { ApiError } from './client';

/** Query defaults for the whole app, in one place. */
export const queryDefaults: DefaultOptions = {
  queries: {
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
    // Retry what may pass next time (network, 5xx) once; a 4xx or a contract violation will not fix itself.
    retry: (failureCount, error) => failureCount < 1 && (!(error instanceof ApiError) || error.transient),
    retryDelay: 1000,
  },
};

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: queryDefaults });
}
