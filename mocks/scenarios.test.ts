import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, apiGet } from '../src/api/client';
import { metaSchema } from '../src/api/meta';
import { sewersSummarySchema, villagesSchema } from '../src/api/sewers';
import { stationsSchema } from '../src/api/water-quality';
import { openapiErrors } from '../tests/contract/openapi';
import { createHandlers } from './handlers';
import { server, useScenario } from './vitest-host';
import { HOSTILE_MARKUP, parseScenario } from './scenarios';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const get = async (path: string) => {
  const response = await fetch(`http://localhost/api/v1${path}`);
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: (await response.json()) as Record<string, unknown>,
  };
};

describe('parseScenario', () => {
  it.each([
    ['error', { name: 'error', group: 'all' }],
    ['empty:sewers', { name: 'empty', group: 'sewers' }],
    ['outage:water-quality', { name: 'outage', group: 'water-quality' }],
    ['hostile:all', { name: 'hostile', group: 'all' }],
  ])('%s', (value, expected) => {
    expect(parseScenario(value)).toEqual(expected);
  });

  it.each([null, '', 'bogus', 'error:meta', 'error:nowhere', 'slow:'])('%s is the happy path', (value) => {
    expect(parseScenario(value)).toBeNull();
  });
});

describe('scenarios wrap the happy path, scoped by group', () => {
  it('error:sewers fails only the sewer endpoints, with a 500 problem', async () => {
    useScenario('error:sewers');
    const summary = await get('/sewers/summary');
    expect(summary.status).toBe(500);
    expect(summary.type).toContain('application/problem+json');
    expect((await get('/stations')).status).toBe(200);
    expect((await get('/meta')).status).toBe(200);
  });

  it('error (all) fails /meta too', async () => {
    useScenario('error');
    expect((await get('/meta')).status).toBe(500);
    await expect(apiGet('/meta', metaSchema)).rejects.toMatchObject({ kind: 'http', status: 500, endpoint: '/meta' });
  });

  it('malformed breaks the schema; the client names the endpoint and the field', async () => {
    useScenario('malformed:water-quality');
    const { body } = await get('/stations');
    expect(openapiErrors('/stations', 200, 'application/json', body)).not.toEqual([]);
    const error = await apiGet('/stations', stationsSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'schema', endpoint: '/stations' });
    expect((error as ApiError).message).toMatch(/^GET \/stations: .*stations: /);
  });

  it('empty answers empty lists and zero totals that still keep the contract', async () => {
    useScenario('empty');
    const stations = await get('/stations');
    expect(stations.body).toEqual({ stations: [] });
    const summary = await apiGet('/sewers/summary', sewersSummarySchema);
    expect(summary.villages).toEqual({ total: 0, completed: 0, inProgress: 0, notStarted: 0 });
    expect((await apiGet('/sewers/villages', villagesSchema)).villages).toEqual([]);
    expect((await get('/meta')).status).toBe(200);
  });

  it('hostile puts markup into every name, still within the contract', async () => {
    useScenario('hostile');
    const { body } = await get('/stations');
    expect(openapiErrors('/stations', 200, 'application/json', body)).toEqual([]);
    const { stations } = stationsSchema.parse(body);
    for (const s of stations) {
      expect(s.name.zh).toContain(HOSTILE_MARKUP);
      expect(s.name.en).toContain(HOSTILE_MARKUP);
    }
  });

  it('slow delays the answer by the injected latency', async () => {
    useScenario('slow', { slowMs: [150, 150] });
    const started = performance.now();
    expect((await get('/sewers/towns')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('outage answers for 10 s from the first request, then 503 for 20 s, then recovers', async () => {
    let now = 1_000_000;
    server.use(...createHandlers({ scenario: parseScenario('outage'), timings: { now: () => now } }));
    const statusAt = async (elapsed: number, path = '/meta') => {
      now = 1_000_000 + elapsed;
      return (await get(path)).status;
    };
    expect(await statusAt(0)).toBe(200);
    expect(await statusAt(9_999, '/stations')).toBe(200);
    expect(await statusAt(10_000, '/sewers/summary')).toBe(503);
    expect(await statusAt(29_999)).toBe(503);
    expect(await statusAt(30_000)).toBe(200);
  });
});
