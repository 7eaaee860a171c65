/** A chart's snapshot on the page: the worker's drawing of its recipe, and the groups whose snapshots have gone live. */
import { useEffect, useState, useSyncExternalStore, type RefObject } from 'react';
import type { Language } from '../../i18n/messages';
import type { ChartRecipe } from '../recipes';
import { drawSnapshot } from './snapshot-client';

/**
 * The recipe drawn as SVG by the snapshot worker at the frame's size, once asked for (`recipe` not undefined); the
 * last drawing until a new one is in. A drawing fits one size: `wake` is called when the frame's size changes, or
 * when the worker cannot draw.
 */
export function useSnapshot(
  frame: RefObject<HTMLDivElement | null>,
  recipe: ChartRecipe | undefined,
  language: Language,
  wake: () => void,
): string | null {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    const element = frame.current;
    if (!recipe || !element) return;
    const { clientWidth: width, clientHeight: height } = element;
    let current = true;
    drawSnapshot(recipe, language, width, height).then(
      (drawn) => current && setSvg(drawn),
      () => current && wake(),
    );
    const resized = new ResizeObserver(() => {
      if (element.clientWidth !== width || element.clientHeight !== height) wake();
    });
    resized.observe(element);
    return () => {
      current = false;
      resized.disconnect();
    };
  }, [frame, recipe, language, wake]);
  return svg;
}

/**
 * The groups (`Chart`'s `group`) one of whose snapshots has gone live: the others follow, so that zoom and tooltips
 * stay linked. A group stays live for the rest of the visit (ECharts is on the page by then).
 */
const liveGroups = new Set<string>();
const groupListeners = new Set<() => void>();

export function goLiveGroup(group: string): void {
  if (liveGroups.has(group)) return;
  liveGroups.add(group);
  for (const listener of groupListeners) listener();
}

export function useGroupLive(group: string | undefined): boolean {
  return useSyncExternalStore(
    (listener) => {
      groupListeners.add(listener);
      return () => groupListeners.delete(listener);
    },
    () => group !== undefined && liveGroups.has(group),
  );
}
