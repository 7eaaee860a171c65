/**
 * The mock's only truth: the generated files in data/, loaded on first use as lazy chunks,
 * so that none of it sits in the app's own JavaScript.
 */
const once = <T>(load: () => Promise<{ default: T }>) => {
  let cached: Promise<T> | undefined;
  return () => (cached ??= load().then((module) => module.default));
};

export const loadMeta = once(() => import('../data/meta.json'));
export const loadStations = once(() => import('../data/stations.json'));
export const loadReadings = once(() => import('../data/readings.json'));
export const loadTransferEvents = once(() => import('../data/transfer-events.json'));
export const loadSewersSummary = once(() => import('../data/sewers-summary.json'));
export const loadTowns = once(() => import('../data/sewers-towns.json'));
export const loadProgress = once(() => import('../data/sewers-progress.json'));
export const loadVillages = once(() => import('../data/sewers-villages.json'));

/**
 * Starts loading the files most screens need while the service worker registers, so the first requests do not
 * wait for them. The village list (the largest file, only for the sewer table) still loads on first use.
 */
export function preloadData(): void {
  for (const load of [
    loadMeta,
    loadStations,
    loadReadings,
    loadTransferEvents,
    loadSewersSummary,
    loadTowns,
    loadProgress,
  ]) {
    void load();
  }
}
