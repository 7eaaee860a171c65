import { useCallback, useEffect, useState } from 'react';

/**
 * The wall's rotation: a step that advances every `seconds` (0: never) unless paused. Stepping by hand restarts the
 * wait, so the presenter gets the full time on what they stepped to. Steps go below zero when stepping back;
 * panels take them modulo their own list.
 */
export function useRotation(seconds: number) {
  const [step, setStep] = useState(0);
  const [paused, setPaused] = useState(false);
  const running = seconds > 0 && !paused;
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(() => setStep((s) => s + 1), seconds * 1000);
    return () => clearTimeout(timer);
  }, [running, seconds, step]);
  const next = useCallback(() => setStep((s) => s + 1), []);
  const previous = useCallback(() => setStep((s) => s - 1), []);
  const togglePause = useCallback(() => setPaused((p) => !p), []);
  return { step, paused, running, next, previous, togglePause };
}

export type Rotation = ReturnType<typeof useRotation>;
