import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { server } from '../../mocks/vitest-host';
import { ApiError, apiGet, holdRequestsUntil } from './client';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const schema = z.object({ items: z.array(z.object({ value: z.number() })) });
const respond = (resolver: () => Response) => server.use(http.get('*/api/v1/things', resolver));

describe('apiGet', () => {
  it('returns the validated body and sends repeated parameters', async () => {
    let seen = '';
    server.use(
      http.get('*/api/v1/things', ({ request }) => {
        seen = new URL(request.url).search;
        return HttpResponse.json({ items: [{ value: 1 }] });
      }),
    );
    await expect(
      apiGet('/things', schema, { station: ['a', 'b'], from: '2023-10-01', to: undefined }),
    ).resolves.toEqual({
      items: [{ value: 1 }],
    });
    expect(seen).toBe('?station=a&station=b&from=2023-10-01');
  });

  it('turns a network failure into a transient network error', async () => {
    respond(() => HttpResponse.error());
    const error = (await apiGet('/things', schema).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.kind).toBe('network');
    expect(error.transient).toBe(true);
  });

  it('reads a problem+json body into the message', async () => {
    respond(() =>
      HttpResponse.json({ type: 'x', title: 'Bad request', status: 400, detail: "unknown town 'x'" }, { status: 400 }),
    );
    const error = (await apiGet('/things', schema).catch((e: unknown) => e)) as ApiError;
    expect(error).toMatchObject({ kind: 'http', status: 400, endpoint: '/things' });
    expect(error.message).toBe("GET /things: 400 Bad request — unknown town 'x'");
    expect(error.transient).toBe(false);
  });

  it('a 5xx is transient, a body that is not JSON is a parse error', async () => {
    respond(() => new HttpResponse('oops', { status: 502 }));
    expect(await apiGet('/things', schema).catch((e: unknown) => (e as ApiError).transient)).toBe(true);
    respond(() => new HttpResponse('<html>', { status: 200, headers: { 'Content-Type': 'text/html' } }));
    await expect(apiGet('/things', schema)).rejects.toMatchObject({ kind: 'parse' });
  });

  it('names the field that breaks the schema', async () => {
    respond(() => HttpResponse.json({ items: [{ value: 1 }, { value: 'two' }] }));
    const error = (await apiGet('/things', schema).catch((e: unknown) => e)) as ApiError;
    expect(error.kind).toBe('schema');
    expect(error.detail).toBe('items.1.value: expected number');
  });

  it('waits for the request gate (the mock worker) before fetching', async () => {
    respond(() => HttpResponse.json({ items: [] }));
    let open!: () => void;
    holdRequestsUntil(new Promise<void>((resolve) => (open = resolve)));
    let settled = false;
    const pending = apiGet('/things', schema).then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 30));
    expect(settled).toBe(false);
    open();
    await pending;
    expect(settled).toBe(true);
  });

  it('fails every request with the reason when the gate fails', async () => {
    holdRequestsUntil(Promise.reject(new Error('the mock chunk failed to load')));
    await expect(apiGet('/things', schema)).rejects.toMatchObject({
      kind: 'network',
      detail: 'the mock API did not start (the mock chunk failed to load)',
    });
    holdRequestsUntil(Promise.resolve());
  });
});
