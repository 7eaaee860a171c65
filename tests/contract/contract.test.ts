import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiGet } from '../../src/api/client';
import { transferEventsSchema } from '../../src/api/water-quality';
import { mockRoutes as routes } from '../../mocks/active-dataset';
import { server, useScenario } from '../../mocks/vitest-host';
import { openapiErrors, openapi } from './openapi';
import { cases, describeReadContract, getJson } from './read-contract';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describeReadContract();

describe('every handler response keeps the contract', () => {
  it('documents exactly the endpoints the mock serves and those only the server serves, in OpenAPI 3.1', () => {
    expect(openapi.openapi).toBe('3.1.0');
    const serverOnly = Object.entries(openapi.paths)
      .filter(([, item]) =>
        Object.values(item as Record<string, { 'x-server-only'?: boolean }>).every((op) => op['x-server-only']),
      )
      .map(([path]) => path);
    expect(serverOnly.sort()).toEqual([
      '/active/{part}',
      '/audit',
      '/bundle',
      '/changes',
      '/datasets',
      '/imports',
      '/imports/{id}',
      '/imports/{id}/confirm',
      '/session',
    ]);
    expect(
      Object.keys(openapi.paths)
        .filter((path) => !serverOnly.includes(path))
        .sort(),
    ).toEqual(routes.map((r) => r.path).sort());
  });

  it.each(['/changes', '/datasets', '/session', '/audit', '/bundle'])(
    'the mock answers the server-only %s with a 404 problem',
    async (path) => {
      const { status, type } = await getJson(path);
      expect([status, type]).toEqual([404, 'application/problem+json']);
    },
  );

  it('the client reads a response into app types (epoch ms for times)', async () => {
    const events = await apiGet('/water-transfer/events', transferEventsSchema);
    expect(events.events[0]).toMatchObject({
      id: 'xinmeng-2023',
      start: Date.parse('2023-10-10T00:00:00+08:00'),
      end: Date.parse('2024-01-01T00:00:00+08:00'),
      flowM3s: 100,
    });
  });
});

describe.each(['empty', 'hostile'])('under the %s scenario every response still keeps the contract', (scenario) => {
  it.each(cases)('GET %s%s', async (path, query, schema) => {
    useScenario(scenario);
    const { status, type, body } = await getJson(path, query);
    if (scenario === 'empty' && path === '/water-quality/summary') {
      // No events, nothing to summarise: the documented 404 problem.
      expect([status, type]).toEqual([404, 'application/problem+json']);
      expect(openapiErrors(path, 404, 'application/problem+json', body)).toEqual([]);
      return;
    }
    expect(status).toBe(200);
    expect(openapiErrors(path, 200, 'application/json', body)).toEqual([]);
    expect(schema.safeParse(body).success).toBe(true);
  });
});
