import { http, HttpResponse, type RequestHandler } from 'msw';
import { mapRoutes } from './routes/map';
import { metaRoutes } from './routes/meta';
import { sewersRoutes } from './routes/sewers';
import { waterQualityRoutes } from './routes/water-quality';
import { problem } from './problem';
import type { MockRoute } from './route';
import { applyScenario, DEFAULT_TIMINGS, type Scenario, type ScenarioTimings } from './scenarios';

/** The happy path of the whole contract, split by domain. */
export const routes: readonly MockRoute[] = [...metaRoutes, ...waterQualityRoutes, ...sewersRoutes, ...mapRoutes];

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
    problem(404, 'Not found', `no endpoint ${request.method} ${new URL(request.url).pathname}`);
  return [
    http.get(`${prefix}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const route = byPath.get(url.pathname.slice(url.pathname.indexOf(basePath) + basePath.length));
      if (!route) return notFound(request);
      const result = await route.resolve(url);
      return result instanceof Response ? result : HttpResponse.json(result);
    }),
    http.all(`${prefix}/*`, ({ request }) => notFound(request)),
  ];
}
