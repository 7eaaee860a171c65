import type { HttpResponse } from 'msw';

/** The groups a mock scenario can be scoped to (DESIGN §3). `meta` is hit only by scenarios scoped to `all`. */
export type RouteGroup = 'meta' | 'water-quality' | 'sewers';

/** A JSON object body (the contract's answers are objects). */
export type JsonBody = object;
export type RouteResult = JsonBody | HttpResponse<Record<string, unknown>>;

/** One endpoint of the happy path; scenarios wrap `resolve` and use `empty` for the empty scenario. */
export interface MockRoute {
  group: RouteGroup;
  path: string;
  resolve: (url: URL) => Promise<RouteResult>;
  /** This endpoint's answer when there is no data at all; absent when it answers as usual. */
  empty?: () => RouteResult;
}
