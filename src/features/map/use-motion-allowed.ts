import { useSyncExternalStore } from 'react';

const REDUCED = '(prefers-reduced-motion: reduce)';

/** The reduced-motion query; null where there is none (jsdom), which is taken as "reduce". */
const reducedQuery = () => (typeof window.matchMedia === 'function' ? window.matchMedia(REDUCED) : null);

function subscribe(onChange: () => void) {
  const query = reducedQuery();
  query?.addEventListener('change', onChange);
  document.addEventListener('visibilitychange', onChange);
  return () => {
    query?.removeEventListener('change', onChange);
    document.removeEventListener('visibilitychange', onChange);
  };
}

const allowed = () => {
  const query = reducedQuery();
  return document.visibilityState === 'visible' && query !== null && !query.matches;
};

/** Whether something may move: the page is visible and the reader has not asked for reduced motion (DESIGN §9). */
export function useMotionAllowed(): boolean {
  return useSyncExternalStore(subscribe, allowed, () => false);
}
