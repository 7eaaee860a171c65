import { useEffect, useRef } from 'react';

export interface WallKeyActions {
  next: () => void;
  previous: () => void;
  togglePause: () => void;
  toggleFullscreen: () => void;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/**
 * The wall's keys: Space pauses and resumes, arrows and a presenter clicker's PageUp/PageDown step, F toggles full
 * screen (Esc leaving it is the browser's). Space is taken even on a focused button, so that a presenter who last
 * clicked "full screen" does not leave it by pausing; buttons still answer Enter.
 */
export function useWallKeys(actions: WallKeyActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
      const act = latest.current;
      if (event.key === ' ') {
        event.preventDefault();
        if (!event.repeat) act.togglePause();
      } else if (NEXT.has(event.key)) {
        event.preventDefault();
        act.next();
      } else if (PREVIOUS.has(event.key)) {
        event.preventDefault();
        act.previous();
      } else if ((event.key === 'f' || event.key === 'F') && !event.repeat) {
        act.toggleFullscreen();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
