import { http, type RequestHandler } from 'msw';
import { contractRoutes } from '../src/contract/routes';
import { activeDataset } from './active-dataset';
import { problemResponse, toResponse } from './problem-response';
import { applyScenario, DEFAULT_TIMINGS, type MockRoute, type Scenario, type ScenarioTimings } from './scenarios';

/** The happy path of the whole contract, answered from the mock's active dataset. */
export const routes: readonly MockRoute[] = contractRoutes.map(({ group, path, answer, empty }) => ({
  group,
  path,
  resolve: (url) => answer(url, activeDataset()),
  empty,
}));

export interface HandlerOptions {
  /** The API's path prefix; matched on any origin. */
  basePath?: string;
  scenario?: Scenario | null;
  timings?: Partial<ScenarioTimings>;
}

/**
 * MSW request handlers for the contract: every route, a scenario around them, and a 404 problem for anything else.
 * One handler dispatches every GET by its path: MSW reads the request's cookies for each handler it tries, which
 * with a handler per route cost more main thread than answering the request.
 */
export function createHandlers({
  basePath = '/api/v1',
  scenario = null,
  timings = {},
}: HandlerOptions = {}): RequestHandler[] {
  const prefix = `*${basePath}`;
  const byPath = new Map(
    applyScenario(routes, scenario, { ...DEFAULT_TIMINGS, ...timings }).map((route) => [route.path, route]),
  );
  const notFound = (request: Request) =>
    problemResponse(404, 'Not found', `no endpoint ${request.method} ${new URL(request.url).pathname}`);
  return [
    http.get(`${prefix}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const route = byPath.get(url.pathname.slice(url.pathname.indexOf(basePath) + basePath.length));
      if (!route) return notFound(request);
      return toResponse(await route.resolve(url));
    }),
    http.all(`${prefix}/*`, ({ request }) => notFound(request)),
  ];
}
