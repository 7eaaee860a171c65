import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState, type ComponentType } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useLocation } from 'wouter';
import * as z from 'zod/mini';
import { loadCharts } from '../charts/chart-loader';
import { extensionsOf, firstScreenCharts } from '../charts/registry';
import { FailureState, LoadingState } from '../components/query-states';
import { prefetchSewers, prefetchWallSewers } from '../features/sewers/prefetch';
import { sewersSearchSchema } from '../features/sewers/search';
import { prefetchWaterQuality } from '../features/water-quality/prefetch';
import { waterQualitySearchSchema } from '../features/water-quality/search';
import { useTranslation } from '../i18n/react';
import { prefetchSewerOverview, prefetchWaterStory, prefetchWaterStoryWithEvents } from '../stories/prefetch';
import { briefSearchSchema } from '../features/brief/search';
import { prefetchBrief } from '../features/brief/prefetch';
import { DeskLayout, LanguageRoot } from './layout/layouts';
import { NotFound } from './layout/not-found';
import { OverviewPage } from './overview/overview-page';
import { barePath, pageChunks, startSnapshotWorker, type PageChunk } from './page-chunks';
import { PreloadContext, useValidatedSearch } from '../routing/navigation';
import { parseSearch, readSearch } from '../routing/search';
import { wallSearchSchema } from './wall/search';

/**
 * The app's pages by path. Each says its frame (the desk pages share header, navigation and footer; the wall has a
 * screen of its own), how its search params read, and what to start when it is matched or a link to it is pointed
 * at: its code (the page's chunk, and the chart code its first screen draws with) and its data (React Query's
 * prefetch; freshness stays React Query's business).
 */
interface PageRoute<Search = unknown> {
  path: string;
  frame: 'desk' | 'wall';
  search: z.ZodMiniType<Search>;
  load?: (queryClient: QueryClient, search: Search) => void;
  Page: ComponentType<object>;
}

/** A page without search params of its own (the language and the mock scenario are read by the root). */
const noSearch = z.object({});

const route = <Search,>(definition: PageRoute<Search>) => definition as PageRoute;

/**
 * A page in a chunk of its own. One whose chunk is already in (a deep link's, which the entry loads with the app)
 * renders at once: suspending on it would show the pending frame first, and React then holds back the page's reveal
 * for up to 300 ms after the frame showed.
 */
function lazyPage<Name extends string>(chunk: PageChunk<Record<Name, ComponentType>>, name: Name) {
  const Lazy = lazy(async () => ({ default: (await chunk.load())[name] as ComponentType<object> }));
  return function Page() {
    const [Loaded] = useState(() => chunk.loaded()?.[name] as ComponentType<object> | undefined);
    return Loaded ? <Loaded /> : <Lazy />;
  };
}

const ROUTES: readonly PageRoute[] = [
  route({
    path: '/',
    frame: 'desk',
    search: noSearch,
    load: (queryClient) => {
      prefetchWaterStory(queryClient);
      prefetchSewerOverview(queryClient);
    },
    Page: OverviewPage,
  }),
  route({
    path: '/water-quality',
    frame: 'desk',
    search: waterQualitySearchSchema,
    load: (queryClient, search) => prefetchWaterQuality(queryClient, search),
    Page: lazyPage(pageChunks['/water-quality'], 'WaterQualityPage'),
  }),
  route({
    path: '/sewers',
    frame: 'desk',
    search: sewersSearchSchema,
    load: (queryClient, search) => prefetchSewers(queryClient, search.town),
    Page: lazyPage(pageChunks['/sewers'], 'SewersPage'),
  }),
  route({ path: '/data', frame: 'desk', search: noSearch, Page: lazyPage(pageChunks['/data'], 'DataPage') }),
  route({
    path: '/brief',
    frame: 'desk',
    search: briefSearchSchema,
    load: (queryClient) => prefetchBrief(queryClient),
    Page: lazyPage(pageChunks['/brief'], 'BriefPage'),
  }),
  route({
    path: '/wall',
    frame: 'wall',
    search: wallSearchSchema,
    load: (queryClient) => {
      prefetchWaterStoryWithEvents(queryClient);
      prefetchWallSewers(queryClient);
    },
    Page: lazyPage(pageChunks['/wall'], 'WallPage'),
  }),
];

function routeFor(path: string): PageRoute | undefined {
  const bare = barePath(path);
  return ROUTES.find((candidate) => candidate.path === bare);
}

/**
 * Starts what the page at `href` needs, its code and its data: a link does it when pointed at or focused, and the app
 * at its start for the page it opens on (so that the data is on its way while React renders the first frame).
 */
export function preloadRoute(queryClient: QueryClient, href: string): void {
  const url = new URL(href, window.location.origin);
  const target = routeFor(url.pathname);
  if (!target) return;
  startPage(target);
  target.load?.(queryClient, readSearch(target.search, parseSearch(url.search)));
}

/** The page at the current path in its frame; an unknown path gets "not found" in the desk frame. */
export function AppRoutes() {
  const [path] = useLocation();
  const queryClient = useQueryClient();
  const current = routeFor(path);
  const preload = useCallback((href: string) => preloadRoute(queryClient, href), [queryClient]);
  // A new page starts at its top; a change of search params on the same page keeps the reader where they are, and the
  // browser's back and forward keep the position the browser gives them.
  const traversed = useRef(false);
  useEffect(() => {
    const onTraversal = () => {
      traversed.current = true;
    };
    window.addEventListener('popstate', onTraversal);
    return () => window.removeEventListener('popstate', onTraversal);
  }, []);
  useLayoutEffect(() => {
    if (!traversed.current) window.scrollTo(0, 0);
    traversed.current = false;
  }, [path]);
  const page = current ? <RouteView key={current.path} route={current} /> : <NotFound />;
  return (
    <PreloadContext value={preload}>
      <LanguageRoot>{current?.frame === 'wall' ? page : <DeskLayout>{page}</DeskLayout>}</LanguageRoot>
    </PreloadContext>
  );
}

/**
 * Starts a page's code: its chunk (none for the pages in the app's own chunk) and its first screen's chart code, or
 * the worker that draws its snapshots.
 */
function startPage(target: PageRoute): void {
  const chunk = pageChunks[target.path as keyof typeof pageChunks] as PageChunk<unknown> | undefined;
  // A chunk that fails to load is said by the page when it renders (`PageLoadError`), not here.
  chunk?.load().catch(() => undefined);
  // The chart code of a first screen drawn live starts with the page's, as soon as it is matched or pointed at.
  const live = extensionsOf(firstScreenCharts(target.path, 'live'));
  if (live.length > 0) void loadCharts(live);
  startSnapshotWorker(target.path);
}

/** One page: its code and data started as its search params say, its code awaited, and a failure to load it said. */
function RouteView({ route }: { route: PageRoute }) {
  const { search: schema, load, Page } = route;
  const queryClient = useQueryClient();
  // A new value whenever the URL's search changes: fresh data is not fetched again (React Query's staleTime).
  const search = useValidatedSearch(schema);
  useEffect(() => startPage(route), [route]);
  useEffect(() => {
    load?.(queryClient, search);
  }, [load, queryClient, search]);
  return (
    <ErrorBoundary FallbackComponent={PageLoadError}>
      <Suspense
        fallback={
          // A screen high, so that the footer stays below the fold until the page is in (no layout shift).
          <div className="page-pending">
            <LoadingState />
          </div>
        }
      >
        <Page />
      </Suspense>
    </ErrorBoundary>
  );
}

/** A page whose code could not load (offline, or a new deployment replaced it): reloading fetches it afresh. */
function PageLoadError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <FailureState
      title={t('state.pageError')}
      error={error}
      action={t('state.reload')}
      onAction={() => window.location.reload()}
    />
  );
}
