/**
 * ECharts on the page: loaded with the extensions an option needs (`registry.ts`), once per set, when a chart nears
 * the screen or a panel or route asks ahead.
 */
import { useEffect, useReducer } from 'react';
import type { OptionExtension } from './registry';

type Renderer = typeof import('./echarts-chart');

/** The page's extension modules (`registry.ts`), each loaded into the page's ECharts when an option first needs it. */
const EXTENSION_LOADERS: { [K in OptionExtension]: () => Promise<unknown> } = {
  bar: () => import('./echarts-bar'),
  zoom: () => import('./echarts-zoom'),
  svg: () => import('./echarts-svg'),
  map: () => import('./echarts-map'),
};

/** A load that says how it ended once it has (`useSettled`). */
type Load<T> = Promise<T> & { status?: 'fulfilled' | 'rejected'; value?: T; reason?: unknown };
const loads = new Map<string, Load<Renderer>>();
/** What a chart not yet near the screen waits on: nothing. */
export const idle: Load<Renderer> = new Promise(() => undefined);

/**
 * Loads ECharts (over half of the app's JavaScript) with `needs`, once per set: the same promise each time, marked
 * with how it ended (`status`, `value` or `reason`). Panels and routes call it ahead of the chart. A failed load (the
 * network) reaches the panel's error boundary, and is forgotten, so that the boundary's retry tries again.
 */
export function loadCharts(needs: readonly OptionExtension[] = []): Load<Renderer> {
  const key = [...needs].sort().join();
  let load = loads.get(key);
  if (!load) {
    const started: Load<Renderer> = Promise.all([
      import('./echarts-chart'),
      ...needs.map((name) => EXTENSION_LOADERS[name]()),
    ]).then(([renderer]) => renderer);
    started.then(
      (value) => {
        started.status = 'fulfilled';
        started.value = value;
      },
      (reason: unknown) => {
        started.status = 'rejected';
        started.reason = reason;
        loads.delete(key);
      },
    );
    load = started;
    loads.set(key, load);
  }
  return load;
}

/**
 * The value of `load` once it is in, null until then; its error, thrown, if it failed. Not React's `use` with
 * Suspense: React holds back revealing a suspended boundary for up to 300 ms, and the first chart waited out that
 * throttle after its code had arrived. A state update draws it at once.
 */
export function useSettled<T>(load: Load<T>): T | null {
  const [, settled] = useReducer((count: number) => count + 1, 0);
  // Rendered before it settled: render again when it has (at once if it did since).
  const pending = load.status === undefined;
  useEffect(() => {
    if (pending) load.then(settled, settled);
  }, [load, pending]);
  if (load.status === 'rejected') throw load.reason;
  return load.status === 'fulfilled' ? load.value! : null;
}
