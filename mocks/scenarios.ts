import { ok, problem, type Answer } from '../src/contract/answer';
import type { RouteGroup } from '../src/contract/route';

/** A read endpoint as the mock serves it: the contract's route, answered from the mock's active dataset. */
export interface MockRoute {
  group: RouteGroup;
  path: string;
  resolve: (url: URL) => Promise<Answer>;
  empty?: () => Answer;
}

/** The mock scenarios of DESIGN §3: wrappers around the one happy-path route set, never a second copy of it. */
export const SCENARIO_NAMES = ['slow', 'error', 'malformed', 'empty', 'hostile', 'outage'] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];
export type ScenarioGroup = Exclude<RouteGroup, 'meta'> | 'all';

export interface Scenario {
  name: ScenarioName;
  group: ScenarioGroup;
}

export interface ScenarioTimings {
  /** Latency of `slow`, picked uniformly in this range (ms). */
  slowMs: readonly [number, number];
  /** `outage`: normal answers for this long from the first request (ms)… */
  outageUpMs: number;
  /** …then 503 for this long, then normal again. */
  outageDownMs: number;
  now: () => number;
}

export const DEFAULT_TIMINGS: ScenarioTimings = {
  slowMs: [2000, 3000],
  outageUpMs: 10_000,
  outageDownMs: 20_000,
  now: () => Date.now(),
};

export const HOSTILE_MARKUP = '<img src=x onerror=alert(1)>';
/** A spreadsheet formula: it must stay text on screen and in every export. */
export const HOSTILE_FORMULA = '=HYPERLINK("http://x","y")';

/** `?mock=NAME[:GROUP]` → a scenario, or null for the happy path (and for anything it does not recognise). */
export function parseScenario(value: string | null | undefined): Scenario | null {
  if (!value) return null;
  const [name, group = 'all'] = value.split(':');
  if (!SCENARIO_NAMES.includes(name as ScenarioName)) return null;
  if (!['water-quality', 'sewers', 'all'].includes(group)) return null;
  return { name: name as ScenarioName, group: group as ScenarioGroup };
}

/** Breaks the contract the way a buggy backend would: the first field gets a value of the wrong type. */
function malform(body: object): object {
  const [first] = Object.keys(body);
  return first === undefined ? { unexpected: true } : { ...body, [first]: '<malformed>' };
}

/**
 * Every `{ zh, en }` name gets markup that would run a script if anyone inserted it as HTML, and starts with a
 * formula that a spreadsheet would run if an export wrote it as it is.
 */
function poison(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(poison);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  if (entries.length === 2 && 'zh' in value && 'en' in value) {
    return {
      zh: `${HOSTILE_FORMULA}${HOSTILE_MARKUP}${String(value.zh)}`,
      en: `${HOSTILE_FORMULA}<b>${String(value.en)}</b>${HOSTILE_MARKUP}`,
    };
  }
  return Object.fromEntries(entries.map(([k, v]) => [k, poison(v)]));
}

function applies(scenario: Scenario, group: RouteGroup): boolean {
  return scenario.group === 'all' || scenario.group === group;
}

/** The routes with the scenario wrapped around the resolvers it covers; the others are left as they are. */
export function applyScenario(
  routes: readonly MockRoute[],
  scenario: Scenario | null,
  timings: ScenarioTimings = DEFAULT_TIMINGS,
): MockRoute[] {
  // The outage is scripted from the first request to any covered endpoint: one clock for all of them.
  const outage = { firstRequestAt: null as number | null };
  return routes.map((route) =>
    scenario && applies(scenario, route.group) ? wrapRoute(route, scenario, timings, outage) : route,
  );
}

function wrapRoute(
  route: MockRoute,
  scenario: Scenario,
  timings: ScenarioTimings,
  outage: { firstRequestAt: number | null },
): MockRoute {
  const base = route.resolve;
  const wrap = (resolve: MockRoute['resolve']): MockRoute => ({ ...route, resolve });
  switch (scenario.name) {
    case 'slow':
      return wrap(async (url) => {
        const [min, max] = timings.slowMs;
        await new Promise((resolve) => setTimeout(resolve, min + Math.random() * (max - min)));
        return base(url);
      });
    case 'error':
      return wrap(() =>
        Promise.resolve(
          problem(500, 'Internal server error', `the ${route.path} service failed (mock scenario 'error')`),
        ),
      );
    case 'malformed':
      return wrap(async (url) => {
        const answer = await base(url);
        return answer.problem ? answer : ok(malform(answer.body));
      });
    case 'empty': {
      const empty = route.empty;
      return empty ? wrap(() => Promise.resolve(empty())) : route;
    }
    case 'hostile':
      return wrap(async (url) => {
        const answer = await base(url);
        return answer.problem ? answer : ok(poison(answer.body) as object);
      });
    case 'outage':
      return wrap(async (url) => {
        const now = timings.now();
        outage.firstRequestAt ??= now;
        const elapsed = now - outage.firstRequestAt;
        const down = elapsed >= timings.outageUpMs && elapsed < timings.outageUpMs + timings.outageDownMs;
        return down
          ? problem(503, 'Service unavailable', "the API is unreachable (mock scenario 'outage')")
          : base(url);
      });
  }
}
