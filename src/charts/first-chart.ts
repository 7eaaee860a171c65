import { useEffect, useState } from 'react';

/** The moment the first chart of a page load has drawn data: the benchmark's "first chart" and the cue for the rest. */
export const FIRST_CHART_MARK = 'first-chart-drawn';

/** How long what waits for the first chart waits at most: a page whose charts failed still gets the rest. */
const LONGEST_WAIT_MS = 3000;

const listeners = new Set<() => void>();
const drawn = () => performance.getEntriesByName(FIRST_CHART_MARK).length > 0;

/** Called by every chart that has drawn data; only the first call of a page load counts. */
export function markChartDrawn(): void {
  if (drawn()) return;
  performance.mark(FIRST_CHART_MARK);
  for (const listener of listeners) listener();
}

/**
 * True once the page's first chart has drawn (or after 3 s): what is below the first screen waits for it, so that its
 * JavaScript and data do not compete with the first chart's.
 */
export function useAfterFirstChart(): boolean {
  const [after, setAfter] = useState(drawn);
  useEffect(() => {
    if (after) return;
    const done = () => setAfter(true);
    listeners.add(done);
    const timer = setTimeout(done, LONGEST_WAIT_MS);
    return () => {
      listeners.delete(done);
      clearTimeout(timer);
    };
  }, [after]);
  return after;
}
