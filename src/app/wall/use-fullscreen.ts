import { useCallback, useEffect, useState } from 'react';

const isFullscreen = () => document.fullscreenElement !== null;

/** The Fullscreen API for the whole page: whether it is on, and a toggle (from a click or a key, as browsers require). */
export function useFullscreen() {
  const [active, setActive] = useState(isFullscreen);
  useEffect(() => {
    const onChange = () => setActive(isFullscreen());
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggle = useCallback(() => {
    // A refusal (no user gesture, a policy, a kiosk that is already full screen) leaves the page as it is.
    if (isFullscreen()) document.exitFullscreen().catch(() => undefined);
    else document.documentElement.requestFullscreen().catch(() => undefined);
  }, []);
  return { active, available: document.fullscreenEnabled, toggle };
}
