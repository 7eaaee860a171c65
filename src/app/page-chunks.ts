import { extensionsOf, firstScreenCharts } from '../charts/registry';
import { snapshotsAvailable, startSnapshots } from '../charts/snapshot/snapshot-client';

/** A page's chunk: loaded once (a failed load is tried again when next asked for), and readable at once when in. */
export interface PageChunk<Module> {
  load: () => Promise<Module>;
  /** The module, once its load has finished. */
  loaded: () => Module | undefined;
}

function pageChunk<Module>(importer: () => Promise<Module>): PageChunk<Module> {
  let loading: Promise<Module> | undefined;
  let module: Module | undefined;
  return {
    load: () =>
      (loading ??= importer().then(
        (loaded) => (module = loaded),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
    loaded: () => module,
  };
}

/**
 * The lazily loaded pages, by path, with what they need before they render: the router loads them on navigation, and
 * the entry starts the one a deep link needs at once, alongside the app, instead of after the app has started and
 * matched the route.
 */
export const pageChunks = {
  '/water-quality': pageChunk(() => import('../features/water-quality/water-quality-page')),
  '/sewers': pageChunk(() => import('../features/sewers/sewers-page')),
  '/wall': pageChunk(() => import('./wall/wall-page')),
  // The import page's messages are a section of the catalogue of their own (`loadSection`).
  '/data': pageChunk(() =>
    Promise.all([
      import('../features/data/data-page'),
      import('../i18n/i18n').then((i18n) => i18n.loadSection('data')),
    ]).then(([page]) => page),
  ),
  '/brief': pageChunk(() => import('./brief-page')),
};

/** A path without trailing slashes, as the route table and the tables here name pages: `/sewers/` is `/sewers`. */
export const barePath = (pathname: string) => (pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname);

/**
 * Starts the worker that draws a page's first charts as snapshots (`Chart`'s `recipe`), if the registry says its first
 * screen has any: it loads the extensions those draw with and draws a warm-up chart while the page's data is on the way.
 */
export function startSnapshotWorker(pathname: string): void {
  const drawn = firstScreenCharts(barePath(pathname), 'snapshot');
  if (drawn.length > 0 && snapshotsAvailable()) startSnapshots(extensionsOf(drawn));
}

/** Starts loading the chunk of the page at `pathname`, if it has one: the promise settles when it is in or failed. */
export function preloadPageChunk(pathname: string): Promise<unknown> {
  const path = barePath(pathname);
  return path in pageChunks ? pageChunks[path as keyof typeof pageChunks].load() : Promise.resolve();
}
