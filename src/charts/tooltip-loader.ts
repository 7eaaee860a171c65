/**
 * The tooltip component on first hover: nobody hovers before the first chart is drawn (and nobody hovers a wall), so
 * its code loads when a pointer first moves over a chart, and every chart on the page then takes its tooltip.
 */

let loaded = false;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** Whether charts may carry a tooltip: its component is registered. */
export const tooltipLoaded = (): boolean => loaded;

/** Loads the tooltip component once; a failed load (the network) is forgotten, and the next hover tries again. */
export function loadTooltip(): void {
  loading ??= import('./echarts-tooltip').then(
    () => {
      loaded = true;
      for (const listener of listeners) listener();
    },
    () => {
      loading = null;
    },
  );
}

/** Calls `listener` once the tooltip component has loaded; returns the unsubscribe. */
export function onTooltipLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
