import { useEffect, useState } from 'react';

/**
 * Becomes true once `ready` is true and the browser has been idle after it (or `timeoutMs` has passed): for work
 * that must not compete with what the user sees first.
 */
export function useIdleAfter(ready: boolean, timeoutMs = 500): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!ready || idle) return;
    if (typeof requestIdleCallback === 'undefined') {
      const timer = setTimeout(() => setIdle(true), 0);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(() => setIdle(true), { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }, [ready, idle, timeoutMs]);
  return idle;
}
