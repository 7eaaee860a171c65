/**
 * What the bureau server serves besides the contract (DESIGN §10 "The same app", "Change notices", "Health"): the
 * built app with its headers, a narrow SPA fallback, nothing outside `dist/`, compressed and cached answers, the
 * change stream, and the terminal's admin endpoints.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commitParts } from '../../server/datasets-io';
import { readAdminToken } from '../../server/lock';
import { openapiErrors } from '../contract/openapi';
import { waterDatasetFixture } from './fixtures';
import { openChanges, rawGet } from './http-client';
import { serverOn } from './test-server';

const server = await serverOn('pglite');
afterAll(() => server.close());
const at = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);
const page = { headers: { accept: 'text/html,application/xhtml+xml' } };

describe('the built app', () => {
  it('serves index.html with the server meta, no-cache, and the CSP as a header that forbids framing', async () => {
    for (const path of ['/', '/index.html', '/wall', '/water-quality', '/brief']) {
      const response = await at(path, page);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      const html = await response.text();
      expect(html, path).toContain('<meta name="gehu-api" content="server" />');
      expect(html, path).not.toMatch(/<script>/);
    }
    const response = await at('/');
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self'; frame-ancestors 'none'",
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('caches hashed assets for a year and compresses them', async () => {
    const response = await at('/assets/app-abc123.js', { headers: { 'accept-encoding': 'br' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('content-encoding')).toBe('br');
  });

  it('answers 404 for a missing asset, and falls back to the app only for a page request', async () => {
    expect((await at('/assets/gone-123.js', page)).status).toBe(404);
    expect((await at('/wall', { headers: { accept: 'application/json' } })).status).toBe(404);
    expect((await at('/wall', { method: 'POST', ...page })).status).toBe(404);
    expect((await at('/favicon.ico', page)).status).toBe(404);
  });

  it.each([
    '/..%2f..%2fetc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/assets/..%2f..%2fpackage.json',
    '/assets/%2e%2e/%2e%2e/package.json',
    '/..%5c..%5cetc%5cpasswd',
    '/assets/..%252f..%252fpackage.json',
    '/.%2e/.%2e/etc/passwd',
    '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
    '/assets/../../package.json',
    '/../../../../etc/passwd',
  ])('never serves a file outside dist/: %s, sent as it is', async (path) => {
    const { status, body } = await rawGet(server.port, path, page.headers);
    expect(body).not.toContain('root:');
    expect(body).not.toContain('"name": "gehu-water-dashboard"');
    expect([400, 404]).toContain(status);
  });
});

describe('the API', () => {
  it('answers from cache, pre-compressed both ways, with an ETag that revalidates', async () => {
    const plain = await at('/api/v1/water-quality/series?interval=4h');
    const json = await plain.text();
    const gz = await fetch(`${server.url}/api/v1/water-quality/series?interval=4h`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const br = await at('/api/v1/water-quality/series?interval=4h', { headers: { 'accept-encoding': 'br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    // Sent compressed (far smaller than the JSON); fetch decodes both back to the same bytes as the plain answer.
    expect(Number(gz.headers.get('content-length'))).toBeLessThan(json.length / 3);
    expect(Number(br.headers.get('content-length'))).toBeLessThan(json.length / 3);
    expect(await gz.text()).toBe(json);
    expect(await br.text()).toBe(json);
    const etag = plain.headers.get('etag')!;
    expect((await at('/api/v1/water-quality/series?interval=4h', { headers: { 'if-none-match': etag } })).status).toBe(
      304,
    );
  });

  it('gives a 404 problem for a path the contract does not have, and for writes it does not take yet', async () => {
    for (const [method, path] of [
      ['GET', '/api/v1/nope'],
      ['POST', '/api/v1/meta'],
      ['DELETE', '/api/v1/stations'],
    ] as const) {
      const response = await at(path, { method });
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
  });

  it('lists the datasets with the active ones marked', async () => {
    const list = (await (await at('/api/v1/datasets?part=water')).json()) as { part: string; active: boolean }[];
    expect(openapiErrors('/datasets', 200, 'application/json', list)).toEqual([]);
    expect(list.filter((d) => d.active)).toHaveLength(1);
    expect(list.every((d) => d.part === 'water')).toBe(true);
    expect((await at('/api/v1/datasets?part=%27%3B%20DROP%20TABLE%20datasets%3B--')).status).toBe(400);
  });

  it('is healthy and ready', async () => {
    expect(await (await at('/healthz')).json()).toEqual({ status: 'ok' });
    expect(await (await at('/readyz')).json()).toEqual({ status: 'ready' });
  });
});

describe('change notices', () => {
  it('start with both parts, uncompressed and unbuffered, then announce a newly active dataset', async () => {
    const stream = await openChanges(server.url, { 'accept-encoding': 'gzip, br' });
    expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(stream.response.headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(stream.response.headers.get('x-accel-buffering')).toBe('no');
    expect(stream.response.headers.get('content-encoding')).toBeNull();
    const [water, sewers] = await stream.until(2);
    expect([water!.part, sewers!.part]).toEqual(['water', 'sewers']);
    const metaBefore = (await (await at('/api/v1/meta')).json()) as { sources: { waterQuality: { kind: string } } };
    expect(metaBefore.sources.waterQuality.kind).toBe('illustrative');

    const ids = await commitParts(server.db, { water: waterDatasetFixture(), sewers: null }, 'test');
    const events = await stream.until(3);
    expect(events[2]).toEqual({ part: 'water', datasetId: ids.water });
    // The cache is keyed by the active datasets: the next read is the new data's.
    const meta = (await (await at('/api/v1/meta')).json()) as { sources: { waterQuality: { kind: string } } };
    expect(meta.sources.waterQuality.kind).toBe('import');
    await stream.close();
  });
});

describe('the admin endpoints', () => {
  it('refuse a request without this run’s token', async () => {
    for (const authorization of ['', 'Bearer nope', `Bearer ${'x'.repeat(43)}`]) {
      const response = await at('/api/v1/admin/users', { headers: { authorization } });
      expect(response.status).toBe(403);
    }
    const token = readAdminToken(server.config.dataDir);
    expect(token).toHaveLength(43);
    const response = await at('/api/v1/admin/users', { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(readFileSync(join(server.config.dataDir, 'server.lock'), 'utf8')).toContain(`"port":${server.port}`);
  });
});

describe('bad requests', () => {
  it('an overlong URL or header gets a 4xx, and the server answers the next request', async () => {
    const longUrl = await rawGet(server.port, `/api/v1/sewers/villages?q=${'x'.repeat(100_000)}`);
    expect(longUrl.status).toBeGreaterThanOrEqual(400);
    expect(longUrl.status).toBeLessThan(500);
    // Node answers 431 and closes the connection; the client may see the close before the answer.
    const longHeader = await rawGet(server.port, '/api/v1/meta', { 'x-filler': 'y'.repeat(64 * 1024) }).then(
      (r) => String(r.status),
      (error: unknown) => (error as NodeJS.ErrnoException).code,
    );
    expect(['431', 'ECONNRESET']).toContain(longHeader);
    expect((await at('/api/v1/meta')).status).toBe(200);
  });

  it('bounds the change streams one address may hold', async () => {
    const { MAX_STREAMS_PER_ADDRESS } = await import('../../server/http/changes');
    const streams = await Promise.all(Array.from({ length: MAX_STREAMS_PER_ADDRESS }, () => openChanges(server.url)));
    expect(streams.every((s) => s.response.status === 200)).toBe(true);
    const refused = await fetch(`${server.url}/api/v1/changes`);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('30');
    await Promise.all(streams.map((s) => s.close()));
    // Closed streams are let go: the address may open one again.
    await new Promise((r) => setTimeout(r, 200));
    const again = await openChanges(server.url);
    expect(again.response.status).toBe(200);
    await again.close();
  });
});
