import { useCallback, useEffect, useState, type RefObject } from 'react';

/** Longest a print waits for the charts to be drawn before the dialog opens anyway. */
const DRAW_TIMEOUT_MS = 10_000;
const WAKE_EVENTS = ['pointerdown', 'pointermove', 'wheel', 'scroll', 'keydown', 'touchstart'] as const;

/** A chart not drawn yet, or a part of the page still loading (the appendix's villages). */
const undrawn = (root: HTMLElement) =>
  root.querySelector('[data-chart-loading], [data-chart-drawn="false"], .state-loading');

/** Resolves once nothing under `root` is still loading or drawing (or after the timeout). */
function chartsDrawn(root: HTMLElement | null): Promise<void> {
  return new Promise((resolve) => {
    const started = performance.now();
    const check = () => {
      if (!root || !undrawn(root) || performance.now() - started > DRAW_TIMEOUT_MS) resolve();
      else setTimeout(check, 100);
    };
    // Let the render that asked for every chart commit first.
    setTimeout(check, 50);
  });
}

/**
 * The briefing's charts (and its appendix's village list) wait for a reader: the first pointer, key, scroll or touch
 * draws them all, so that a phone opening the page, or a crawler, does not pay for what is below the first sheet. A
 * page is printed whole: `print` (the button, and Ctrl/⌘+P) opens the dialog only once everything is drawn. The
 * browser's own menu fires only `beforeprint`, too late to wait for: the wake-up events have drawn everything by then
 * unless nobody has touched the page.
 */
export function usePrintableCharts(root: RefObject<HTMLElement | null>) {
  const [all, setAll] = useState(false);
  useEffect(() => {
    if (all) return;
    const wake = () => setAll(true);
    for (const type of WAKE_EVENTS) window.addEventListener(type, wake, { passive: true });
    window.addEventListener('beforeprint', wake);
    return () => {
      for (const type of WAKE_EVENTS) window.removeEventListener(type, wake);
      window.removeEventListener('beforeprint', wake);
    };
  }, [all]);
  const print = useCallback(async () => {
    setAll(true);
    await chartsDrawn(root.current);
    window.print();
  }, [root]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'p') {
        event.preventDefault();
        void print();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [print]);
  return { allCharts: all, print };
}
