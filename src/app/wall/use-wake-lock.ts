import { useEffect } from 'react';

/**
 * Keeps the screen on while the wall is shown, where the browser offers a Wake Lock; the browser drops the lock
 * when the tab is hidden, so it is asked for again when the tab comes back.
 */
export function useWakeLock(): void {
  useEffect(() => {
    if (!('wakeLock' in navigator)) return;
    let sentinel: WakeLockSentinel | null = null;
    let disposed = false;
    const request = async () => {
      if (document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
      try {
        const lock = await navigator.wakeLock.request('screen');
        if (disposed) await lock.release();
        else sentinel = lock;
      } catch {
        // Refused (battery saver, permissions policy): the screen follows its own settings.
      }
    };
    const onVisibility = () => void request();
    void request();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      disposed = true;
      document.removeEventListener('visibilitychange', onVisibility);
      void sentinel?.release();
    };
  }, []);
}
