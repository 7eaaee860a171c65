import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

/**
 * Refetches everything on screen every `seconds` (0: never), whether or not the tab is visible. A fetch still
 * under way is left to finish rather than restarted, so a slow API is not starved by a short interval. Failures
 * keep the last good data (React Query's `data` survives an error), and the next round retries by itself.
 */
export function useWallRefresh(seconds: number): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (seconds <= 0) return;
    const timer = setInterval(
      () => void queryClient.refetchQueries({ type: 'active' }, { cancelRefetch: false }),
      seconds * 1000,
    );
    return () => clearInterval(timer);
  }, [queryClient, seconds]);
}
