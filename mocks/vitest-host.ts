import { setupServer } from 'msw/node';
import { createHandlers, type HandlerOptions } from './handlers';
import { parseScenario } from './scenarios';

/** The same handlers for Vitest: the happy path by default, a scenario per test with `useScenario`. */
export const server = setupServer(...createHandlers());

/**
 * Puts a scenario in front of the happy path for the current test, e.g. `useScenario('error:sewers')`;
 * `server.resetHandlers()` (after each test) takes it away again.
 */
export function useScenario(value: string, timings: HandlerOptions['timings'] = { slowMs: [50, 50] }): void {
  const scenario = parseScenario(value);
  if (!scenario) throw new Error(`unknown mock scenario '${value}'`);
  server.use(...createHandlers({ scenario, timings }));
}
