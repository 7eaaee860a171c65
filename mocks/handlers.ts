import { http, HttpResponse, type RequestHandler } from 'msw';
import { problem, type Answer } from '../src/contract/answer';
import { mockRoutes } from './active-dataset';
import { applyScenario, DEFAULT_TIMINGS, type Scenario, type ScenarioTimings } from './scenarios';

export interface HandlerOptions {
  /** The API's path prefix; matched on any origin. */
  basePath?: string;
  scenario?: Scenario | null;
  timings?: Partial<ScenarioTimings>;
}

/**
 * The mock as MSW's request handlers, for Vitest (`vitest-host.ts`): the contract: every route, a scenario around them, and a 404 problem for anything else.
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
    applyScenario(mockRoutes, scenario, { ...DEFAULT_TIMINGS, ...timings }).map((route) => [route.path, route]),
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

/** The contract's answer as MSW's response: JSON, or `application/problem+json` for a problem. */
function toResponse(answer: Answer): HttpResponse<Record<string, unknown>> {
  return HttpResponse.json(answer.body as Record<string, unknown>, {
    status: answer.status,
    headers: answer.problem ? { 'Content-Type': 'application/problem+json' } : undefined,
  });
}

/** An RFC 9457 problem response: an unknown path's. */
const problemResponse = (status: number, title: string, detail: string) => toResponse(problem(status, title, detail));
