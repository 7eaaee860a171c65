import { useEffect, useState } from 'react';

/** A day of data per half second (3.5 s a week), then a pause on the last day before starting again. */
export const REPLAY_DAY_MS = 500;
export const REPLAY_HOLD_MS = 5000;

/**
 * The replay's position among `dayCount` days, from `first` to the last and round again; null when off or there are
 * no days. Holds while paused.
 */
export function useReplay(enabled: boolean, dayCount: number, paused: boolean, first = 0): number | null {
  const start = Math.min(Math.max(first, 0), Math.max(dayCount - 1, 0));
  const [index, setIndex] = useState<number | null>(null);
  const active = enabled && dayCount > 0;
  const current = Math.min(index ?? start, Math.max(dayCount - 1, 0));
  useEffect(() => {
    if (!active || paused) return;
    const last = current >= dayCount - 1;
    const timer = setTimeout(() => setIndex(last ? start : current + 1), last ? REPLAY_HOLD_MS : REPLAY_DAY_MS);
    return () => clearTimeout(timer);
  }, [active, paused, current, dayCount, start]);
  return active ? current : null;
}
