/**
 * The lazily loaded pages, by path: the router loads them on navigation, and the entry starts the one a deep link
 * needs at once, alongside the app, instead of after the app has started and matched the route.
 */
export const pageChunks = {
  '/water-quality': () => import('../features/water-quality/water-quality-page'),
  '/sewers': () => import('../features/sewers/sewers-page'),
  '/wall': () => import('./wall/wall-page'),
  '/data': () => import('../features/data/data-page'),
  '/brief': () => import('./brief/brief-page'),
};

export function preloadPageChunk(pathname: string): void {
  const path = pathname.replace(/\/+$/, '');
  if (path in pageChunks) void pageChunks[path as keyof typeof pageChunks]();
}
