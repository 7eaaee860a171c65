import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  retainSearchParams,
  type RouterHistory,
} from '@tanstack/react-router';
import * as z from 'zod/mini';
import { loadCharts } from '../charts/chart';
import { prefetchSewerOverview, prefetchSewers, prefetchWallSewers } from '../features/sewers/prefetch';
import { sewersSearchSchema } from '../features/sewers/search';
import { prefetchWallWater, prefetchWaterQuality, prefetchWaterStory } from '../features/water-quality/prefetch';
import { waterQualitySearchSchema } from '../features/water-quality/search';
import { briefSearchSchema } from './brief/search';
import { prefetchBrief } from './brief/prefetch';
import { NotFound } from './layout/not-found';
import { pageChunks } from './page-chunks';
import { wallSearchSchema } from './wall/search';
import { DeskLayout, LanguageRoot } from './layout/layouts';
import { OverviewPage } from './overview/overview-page';

/**
 * Search params every route shares. A bad value falls back to "absent" instead of failing the page.
 * `mock` is read once by the mock worker at page load; it is kept in links only so that the URL keeps saying so.
 */
const rootSearchSchema = z.object({
  lang: z.catch(z.optional(z.enum(['zh', 'en'])), undefined),
  mock: z.catch(z.optional(z.string().check(z.maxLength(40))), undefined),
});

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  validateSearch: rootSearchSchema,
  search: { middlewares: [retainSearchParams(['lang', 'mock'])] },
  component: LanguageRoot,
  notFoundComponent: NotFound,
});

/** The desk pages share the header, navigation and footer; the wall has a screen of its own. */
const deskRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_desk',
  component: DeskLayout,
  notFoundComponent: NotFound,
});

const overviewRoute = createRoute({
  getParentRoute: () => deskRoute,
  path: '/',
  // Start the data at route match, without waiting: the page renders its frames at once and fills them as data lands.
  // (The chart code loads with the panels that draw charts, when they near the screen.)
  loader: ({ context: { queryClient } }) => {
    prefetchWaterStory(queryClient);
    prefetchSewerOverview(queryClient);
  },
  component: OverviewPage,
});

const waterQualityRoute = createRoute({
  getParentRoute: () => deskRoute,
  path: '/water-quality',
  validateSearch: waterQualitySearchSchema,
  loaderDeps: ({ search: { stations, preset, from, to, interval, lastYear } }) => ({
    stations,
    preset,
    from,
    to,
    interval,
    lastYear,
  }),
  // The trends are at the top of the page: their code starts loading with the data.
  loader: ({ context: { queryClient }, deps }) => {
    void loadCharts(['zoom']);
    prefetchWaterQuality(queryClient, deps);
  },
  component: lazyRouteComponent(pageChunks['/water-quality'], 'WaterQualityPage'),
});

const sewersRoute = createRoute({
  getParentRoute: () => deskRoute,
  path: '/sewers',
  validateSearch: sewersSearchSchema,
  loaderDeps: ({ search: { town } }) => ({ town }),
  loader: ({ context: { queryClient }, deps }) => prefetchSewers(queryClient, deps.town),
  component: lazyRouteComponent(pageChunks['/sewers'], 'SewersPage'),
});

const dataRoute = createRoute({
  getParentRoute: () => deskRoute,
  path: '/data',
  component: lazyRouteComponent(pageChunks['/data'], 'DataPage'),
});

const briefRoute = createRoute({
  getParentRoute: () => deskRoute,
  path: '/brief',
  validateSearch: briefSearchSchema,
  // The charts' code is not started here: they are below the first sheet, drawn as the reader nears them.
  loader: ({ context: { queryClient } }) => prefetchBrief(queryClient),
  component: lazyRouteComponent(pageChunks['/brief'], 'BriefPage'),
});

const wallRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/wall',
  validateSearch: wallSearchSchema,
  // The wall is all charts, all on screen: their code starts loading with the data (the town bars need `bar`, the
  // trends' scrolling legend `zoom`).
  loader: ({ context: { queryClient } }) => {
    void loadCharts(['bar', 'zoom']);
    prefetchWallWater(queryClient);
    prefetchWallSewers(queryClient);
  },
  component: lazyRouteComponent(pageChunks['/wall'], 'WallPage'),
});

const routeTree = rootRoute.addChildren([
  deskRoute.addChildren([overviewRoute, waterQualityRoute, sewersRoute, dataRoute, briefRoute]),
  wallRoute,
]);

export function createAppRouter(queryClient: QueryClient, history?: RouterHistory) {
  return createRouter({
    routeTree,
    context: { queryClient },
    ...(history ? { history } : {}),
    defaultPreload: 'intent',
    // Freshness is React Query's business: the router only starts the fetches.
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
