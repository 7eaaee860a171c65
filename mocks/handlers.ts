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

/** MSW request handlers for the contract: every route, a scenario around them, and a 404 problem for anything else. */
export function createHandlers({
  basePath = '/api/v1',
  scenario = null,
  timings = {},
}: HandlerOptions = {}): RequestHandler[] {
  const prefix = `*${basePath}`;
  const wrapped = applyScenario(routes, scenario, { ...DEFAULT_TIMINGS, ...timings });
  return [
    ...wrapped.map((route) =>
      http.get(`${prefix}${route.path}`, async ({ request }) => {
        const result = await route.resolve(new URL(request.url));
        return result instanceof Response ? result : HttpResponse.json(result);
      }),
    ),
    http.all(`${prefix}/*`, ({ request }) =>
      problem(404, 'Not found', `no endpoint ${request.method} ${new URL(request.url).pathname}`),
    ),
  ];
}
