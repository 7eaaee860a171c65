import { useEffect, useState } from 'react';

/** A day of data per half second (3.5 s a week), then a pause on the last day before starting again. */
export const REPLAY_DAY_MS = 500;
export const REPLAY_HOLD_MS = 5000;

/** The replay's position among `dayCount` days, looping; null when off or there are no days. Holds while paused. */
export function useReplay(enabled: boolean, dayCount: number, paused: boolean): number | null {
  const [index, setIndex] = useState(0);
  const active = enabled && dayCount > 0;
  const current = Math.min(index, Math.max(dayCount - 1, 0));
  useEffect(() => {
    if (!active || paused) return;
    const last = current >= dayCount - 1;
    const timer = setTimeout(() => setIndex(last ? 0 : current + 1), last ? REPLAY_HOLD_MS : REPLAY_DAY_MS);
    return () => clearTimeout(timer);
  }, [active, paused, current, dayCount]);
  return active ? current : null;
}
