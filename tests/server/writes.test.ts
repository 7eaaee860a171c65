/**
 * Who may write, and how (DESIGN §10 "Who may write", pinned table): sessions, the sign-in limits, CSRF, roles,
 * `basedOn` conflicts, a full disk, the audit log, `READ_ACCESS=sign-in` — each failure case a test, on PGlite and,
 * when the run has it, PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, setPassword } from '../../server/users';
import { openapiErrors } from '../contract/openapi';
import { DATABASES, serverOn, type TestServer } from './test-server';

const PASSWORD = 'a password long enough';

async function signIn(server: TestServer, name: string, password = PASSWORD, extra: Record<string, string> = {}) {
  return fetch(`${server.url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'gehu', origin: server.url, ...extra },
    body: JSON.stringify({ name, password }),
  });
}

async function cookieOf(server: TestServer, name: string) {
  const response = await signIn(server, name);
  expect(response.status).toBe(204);
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

const activeIds = async (server: TestServer) =>
  (await (await fetch(`${server.url}/api/v1/datasets`)).json()) as { id: string; part: string; active: boolean }[];
const activeOf = async (server: TestServer, part: string) =>
  (await activeIds(server)).find((d) => d.part === part && d.active)!.id;

describe.each(DATABASES)('writes on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await serverOn(kind);
    await addUser(server.db, 'ed', 'editor', PASSWORD);
    await addUser(server.db, 'eve', 'editor', PASSWORD);
    await addUser(server.db, 'rita', 'reader', PASSWORD);
  });
  afterAll(() => server.close());

  const write = (path: string, method: string, body: unknown, headers: Record<string, string>) =>
    fetch(`${server.url}/api/v1${path}`, {
      method,
      headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('signs in with an HttpOnly, SameSite=Strict cookie and says who is signed in', async () => {
    const response = await signIn(server, 'ed');
    expect(response.status).toBe(204);
    const setCookie = response.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^gehu_session=[\w-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).not.toMatch(/Secure/);
    const cookie = setCookie.split(';')[0]!;
    const who = await (await fetch(`${server.url}/api/v1/session`, { headers: { cookie } })).json();
    expect(who).toEqual({ name: 'ed', role: 'editor' });
    expect(openapiErrors('/session', 200, 'application/json', who)).toEqual([]);
    expect((await fetch(`${server.url}/api/v1/session`)).status).toBe(401);
  });

  it('says the same for an unknown name as for a wrong password', async () => {
    const unknown = await signIn(server, 'nobody', 'whatever password');
    const wrong = await signIn(server, 'eve', 'not her password');
    expect([unknown.status, wrong.status]).toEqual([401, 401]);
    expect(await unknown.json()).toEqual(await wrong.json());
  });

  it('refuses a sign-in from another site or without the header', async () => {
    expect((await signIn(server, 'ed', PASSWORD, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await signIn(server, 'ed', PASSWORD, { 'x-requested-with': 'XMLHttpRequest' })).status).toBe(403);
  });

  it('every write is refused without a session (401), for a reader, without the header or from another origin (403), and changes nothing', async () => {
    const before = await activeIds(server);
    const editor = await cookieOf(server, 'ed');
    const reader = await cookieOf(server, 'rita');
    const ok = { 'x-requested-with': 'gehu', origin: server.url };
    const water = before.find((d) => d.part === 'water' && d.active)!.id;
    const writes: [string, string, unknown][] = [
      ['/active/water', 'PUT', { dataset: 'illustrative', basedOn: water }],
      ['/water-transfer/events', 'PUT', { basedOn: water, events: [] }],
      ['/bundle', 'GET', undefined],
      ['/bundle', 'POST', { format: 'gehu-water-dashboard/dataset-bundle' }],
    ];
    for (const [path, method, body] of writes) {
      const cases: [Record<string, string>, number][] = [
        [ok, 401],
        [{ ...ok, cookie: reader }, 403],
        [{ cookie: editor, origin: server.url }, 403],
        [{ cookie: editor, 'x-requested-with': 'gehu', origin: 'http://evil.example' }, 403],
        [{ cookie: editor, 'x-requested-with': 'gehu' }, 403],
      ];
      for (const [headers, status] of cases) {
        const response = await write(path, method, body, headers);
        expect(response.status, `${method} ${path} ${JSON.stringify(Object.keys(headers))}`).toBe(status);
        expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      }
    }
    expect(await activeIds(server)).toEqual(before);
  });

  it('an editor switches a part, against the id the page showed; a stale basedOn is a 409 that changes nothing', async () => {
    const cookie = await cookieOf(server, 'ed');
    const headers = { cookie, 'x-requested-with': 'gehu', origin: server.url };
    const water = await activeOf(server, 'water');
    const stale = await write('/active/water', 'PUT', { dataset: 'illustrative', basedOn: 'water-old' }, headers);
    expect(stale.status).toBe(409);
    expect(await activeOf(server, 'water')).toBe(water);
    const missing = await write(
      '/active/water',
      'PUT',
      { dataset: "x'; DROP TABLE datasets; --", basedOn: water },
      headers,
    );
    expect(missing.status).toBe(404);
    expect((await activeIds(server)).length).toBeGreaterThan(1);
    const switched = await write('/active/water', 'PUT', { dataset: 'illustrative', basedOn: water }, headers);
    expect(switched.status).toBe(200);
  });

  it('two editors editing the events against the same basedOn: one wins, the other gets 409', async () => {
    const [ed, eve] = [await cookieOf(server, 'ed'), await cookieOf(server, 'eve')];
    const water = await activeOf(server, 'water');
    const { events } = (await (await fetch(`${server.url}/api/v1/water-transfer/events`)).json()) as {
      events: { id: string; flowM3s: number }[];
    };
    const edit = (cookie: string, flow: number) =>
      write(
        '/water-transfer/events',
        'PUT',
        { basedOn: water, events: events.map((e) => ({ ...e, flowM3s: flow })) },
        { cookie, 'x-requested-with': 'gehu', origin: server.url },
      );
    const statuses = (await Promise.all([edit(ed, 80), edit(eve, 120)])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    const after = (await (await fetch(`${server.url}/api/v1/water-transfer/events`)).json()) as {
      events: { flowM3s: number }[];
    };
    expect([80, 120]).toContain(after.events[0]!.flowM3s);
    expect(await activeOf(server, 'water')).not.toBe(water);
  });

  it('refuses events that end before they start', async () => {
    const cookie = await cookieOf(server, 'ed');
    const water = await activeOf(server, 'water');
    const response = await write(
      '/water-transfer/events',
      'PUT',
      {
        basedOn: water,
        events: [
          {
            id: 'x',
            name: { zh: 'x', en: 'x' },
            source: { zh: 'x', en: 'x' },
            note: { zh: '', en: '' },
            start: '2023-10-10T00:00:00+08:00',
            end: '2023-10-01T00:00:00+08:00',
            flowM3s: 1,
          },
        ],
      },
      { cookie, 'x-requested-with': 'gehu', origin: server.url },
    );
    expect(response.status).toBe(400);
    expect(await activeOf(server, 'water')).toBe(water);
  });

  it('logs every write with who and when, for editors only', async () => {
    const editor = await cookieOf(server, 'ed');
    const { entries } = (await (await fetch(`${server.url}/api/v1/audit`, { headers: { cookie: editor } })).json()) as {
      entries: { user: string; action: string }[];
    };
    expect(entries.map((e) => e.action)).toContain('switch water');
    expect(entries.map((e) => e.action)).toContain('edit events');
    expect(entries.find((e) => e.action === 'switch water')!.user).toBe('ed');
    const reader = await cookieOf(server, 'rita');
    expect((await fetch(`${server.url}/api/v1/audit`, { headers: { cookie: reader } })).status).toBe(403);
  });

  it('a new password ends the user’s sessions; sign-out ends one', async () => {
    const cookie = await cookieOf(server, 'eve');
    await setPassword(server.db, 'eve', `${PASSWORD}!`);
    expect((await fetch(`${server.url}/api/v1/session`, { headers: { cookie } })).status).toBe(401);
    const again = await cookieOf(server, 'ed');
    const out = await write('/session', 'DELETE', undefined, {
      cookie: again,
      'x-requested-with': 'gehu',
      origin: server.url,
    });
    expect(out.status).toBe(204);
    expect((await fetch(`${server.url}/api/v1/session`, { headers: { cookie: again } })).status).toBe(401);
  });
});

describe('limits and addresses (behind a proxy the server trusts)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await serverOn('pglite', { TRUST_PROXY: '1' });
    await addUser(server.db, 'ed', 'editor', PASSWORD);
    await addUser(server.db, 'eve', 'editor', PASSWORD);
  });
  afterAll(() => server.close());
  const from = (address: string, proto = 'https') => ({ 'x-forwarded-for': address, 'x-forwarded-proto': proto });
  const origin = (proto = 'https') => ({ origin: `${proto}://${new URL(server.url).host}` });

  it('5 wrong passwords for a name from one address: 429 with Retry-After there; the name still signs in elsewhere', async () => {
    for (let i = 0; i < 5; i++)
      expect((await signIn(server, 'ed', 'wrong password', { ...from('10.0.0.7'), ...origin() })).status).toBe(401);
    const limited = await signIn(server, 'ed', PASSWORD, { ...from('10.0.0.7'), ...origin() });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(800);
    expect((await signIn(server, 'ed', PASSWORD, { ...from('10.0.0.8'), ...origin() })).status).toBe(204);
    expect((await signIn(server, 'eve', PASSWORD, { ...from('10.0.0.7'), ...origin() })).status).toBe(204);
  });

  it('a flood of wrong passwords from one address stops at 30, and other editors still sign in', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++)
      statuses.push((await signIn(server, `name${i}`, 'wrong password', { ...from('10.0.0.9'), ...origin() })).status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(30);
    expect(statuses.slice(30).every((s) => s === 429)).toBe(true);
    expect((await signIn(server, 'eve', PASSWORD, { ...from('10.0.0.10'), ...origin() })).status).toBe(204);
  });

  it('refuses a sign-in over plain HTTP from another machine, and sets Secure cookies over HTTPS', async () => {
    const plain = await signIn(server, 'eve', PASSWORD, { ...from('10.0.0.11', 'http'), ...origin('http') });
    expect(plain.status).toBe(403);
    expect(((await plain.json()) as { detail: string }).detail).toMatch(/sign in over HTTPS/);
    const secure = await signIn(server, 'eve', PASSWORD, { ...from('10.0.0.11'), ...origin() });
    expect(secure.headers.get('set-cookie')).toMatch(/Secure/);
  });
});

describe('READ_ACCESS=sign-in', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await serverOn('pglite', { READ_ACCESS: 'sign-in' });
    await addUser(server.db, 'wall', 'reader', PASSWORD);
  });
  afterAll(() => server.close());

  it('every read needs a session; a reader signs in, and a wall keeps its session 30 days', async () => {
    for (const path of ['/meta', '/water-quality/summary', '/changes', '/datasets'])
      expect((await fetch(`${server.url}/api/v1${path}`)).status, path).toBe(401);
    const response = await fetch(`${server.url}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'gehu', origin: server.url },
      body: JSON.stringify({ name: 'wall', password: PASSWORD, wall: true }),
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toMatch(/Max-Age=2592000/);
    const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
    expect((await fetch(`${server.url}/api/v1/meta`, { headers: { cookie } })).status).toBe(200);
    // The page itself loads without a session: it must be able to show the sign-in.
    expect((await fetch(`${server.url}/`, { headers: { accept: 'text/html' } })).status).toBe(200);
  });
});
