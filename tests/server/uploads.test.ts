/**
 * Imports through the server (DESIGN §10 "Imports through the server", pinned "imports"): an editor's upload, its
 * preview, the choices sent back, the confirmation against `basedOn`; and the bad requests, each a test.
 */
import { request as httpRequest } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../server/users';
import { previewReadings } from '../../src/import/preview';
import { zipBomb } from '../fixtures/import/zip-bomb';
import { DATABASES, serverOn, type TestServer } from './test-server';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURE = readFileSync(join(ROOT, 'tests/fixtures/import/release-table-utf8.csv'));
const PASSWORD = 'a password long enough';

describe.each(DATABASES)('uploads on %s', (kind) => {
  let server: TestServer;
  let editor: Record<string, string>;
  beforeAll(async () => {
    server = await serverOn(kind);
    await addUser(server.db, 'ed', 'editor', PASSWORD);
    await addUser(server.db, 'rita', 'reader', PASSWORD);
    await addUser(server.db, 'eve', 'editor', PASSWORD);
    editor = { cookie: await cookieOf('ed'), 'x-requested-with': 'gehu', origin: server.url };
  });
  afterAll(() => server.close());

  async function cookieOf(name: string) {
    const response = await fetch(`${server.url}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'gehu', origin: server.url },
      body: JSON.stringify({ name, password: PASSWORD }),
    });
    return response.headers.get('set-cookie')!.split(';')[0]!;
  }
  const form = (
    files: [string, Uint8Array | string][],
    fields: Record<string, string> = { part: 'water', year: '2023' },
  ) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.append(key, value);
    for (const [name, bytes] of files)
      data.append('files', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]), name);
    return data;
  };
  const upload = (body: FormData | string, headers = editor) =>
    fetch(`${server.url}/api/v1/imports`, { method: 'POST', headers, body });
  const json = (method: string, path: string, body: unknown, headers = editor) =>
    fetch(`${server.url}/api/v1${path}`, {
      method,
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const activeWater = async () =>
    (
      (await (await fetch(`${server.url}/api/v1/datasets?part=water`)).json()) as { id: string; active: boolean }[]
    ).find((d) => d.active)!.id;

  it('answers the same preview as the browser’s reader, takes the choices back, and confirms against basedOn', async () => {
    const response = await upload(form([['release-table-utf8.csv', FIXTURE]]));
    expect(response.status).toBe(201);
    const { id, part, preview } = (await response.json()) as { id: string; part: string; preview: unknown };
    expect(part).toBe('water');
    // The browser's reader, on the same file against the stations the illustrative data holds.
    const { stations } = JSON.parse(readFileSync(join(ROOT, 'data/stations.json'), 'utf8')) as { stations: never[] };
    const expected = await previewReadings(
      [{ name: 'release-table-utf8.csv', bytes: new Uint8Array(FIXTURE) }],
      [{ firstYear: 2023 }],
      stations,
      {},
    );
    expect(preview).toEqual(JSON.parse(JSON.stringify(expected.preview)));

    // The editor's choice goes back and the preview is read again with it: a wrong encoding, then the guess again.
    type Files = { preview: { files: { ok: boolean; problem?: { code: string } }[] } };
    const wrong = await json('PATCH', `/imports/${id}`, { encodings: ['utf-16le'] });
    expect(wrong.status).toBe(200);
    expect(((await wrong.json()) as Files).preview.files[0]!.ok).toBe(false);
    const right = await json('PATCH', `/imports/${id}`, { encodings: [null] });
    expect(((await right.json()) as Files).preview.files[0]!.ok).toBe(true);

    const before = await activeWater();
    const stale = await json('POST', `/imports/${id}/confirm`, { basedOn: 'water-not-active' });
    expect(stale.status).toBe(409);
    expect(await activeWater()).toBe(before);
    const confirmed = await json('POST', `/imports/${id}/confirm`, { basedOn: before });
    expect(confirmed.status).toBe(200);
    const { sources } = (await confirmed.json()) as { sources: { waterQuality: { files: { name: string }[] } } };
    expect(sources.waterQuality.files.map((f) => f.name)).toEqual(['release-table-utf8.csv']);
    expect(await activeWater()).not.toBe(before);
    // Confirmed: no longer pending.
    expect((await json('PATCH', `/imports/${id}`, {})).status).toBe(404);
  });

  it('keeps formula- and markup-looking names as text, as they were written', async () => {
    const hostile = '=HYPERLINK("http://x","y")<img src=x onerror=alert(1)>';
    const csv = `站点,时间,氨氮,总氮\n${[0, 1, 2, 3, 4, 5]
      .map((d) => `"${hostile.replace(/"/g, '""')}",2023-10-1${d} 08:00,0.5,1.5`)
      .join('\n')}\n`;
    const { id } = (await (await upload(form([['hostile.csv', csv]]))).json()) as { id: string };
    expect((await json('POST', `/imports/${id}/confirm`, { basedOn: await activeWater() })).status).toBe(200);
    const { stations } = (await (await fetch(`${server.url}/api/v1/stations`)).json()) as {
      stations: { name: { zh: string } }[];
    };
    expect(stations.map((s) => s.name.zh)).toEqual([hostile]);
  });

  it('remembers a station match an editor made, for every editor’s next upload', async () => {
    const csv = '站点,时间,氨氮,总氮\n' + [0, 1, 2, 3].map((d) => `滆湖(心),2023-10-1${d} 08:00,0.5,1.5`).join('\n');
    // Against the illustrative stations (an earlier test left an import of its own active).
    await json('PUT', '/active/water', { dataset: 'illustrative', basedOn: await activeWater() });
    type Preview = { id: string; preview: { stations: { key: string; known: { id: string } | null }[] } };
    const first = (await (await upload(form([['matched.csv', csv]]))).json()) as Preview;
    const station = first.preview.stations[0]!;
    expect(station.known).toBeNull();
    const choice = {
      key: station.key,
      id: 'gh-c',
      name: { zh: '滆湖心', en: 'Ge Lake Centre' },
      kind: 'lake',
      headline: true,
      location: null,
      matchedByUser: true,
    };
    expect((await json('PATCH', `/imports/${first.id}`, { stations: [choice] })).status).toBe(200);
    const basedOn = await activeWater();
    expect((await json('POST', `/imports/${first.id}/confirm`, { basedOn })).status).toBe(200);
    // Another editor, another upload of the same platform's export: matched at once.
    const eve = { cookie: await cookieOf('eve'), 'x-requested-with': 'gehu', origin: server.url };
    const second = (await (await upload(form([['again.csv', csv]]), eve)).json()) as Preview;
    expect(second.preview.stations[0]!.known?.id).toBe('gh-c');
  });

  it('takes an editor’s dataset bundle as a pending import, previewed in brief, confirmed against both parts', async () => {
    // The active data's bundle (an import is active: an earlier test confirmed one).
    const exported = await fetch(`${server.url}/api/v1/bundle`, { headers: editor });
    expect(exported.status).toBe(200);
    const bundle = await exported.text();
    await json('PUT', '/active/water', { dataset: 'illustrative', basedOn: await activeWater() });
    const posted = await fetch(`${server.url}/api/v1/bundle`, {
      method: 'POST',
      headers: { ...editor, 'content-type': 'application/json' },
      body: bundle,
    });
    expect(posted.status).toBe(201);
    const { id, part, preview } = (await posted.json()) as {
      id: string;
      part: string;
      preview: { water: { stations: number } | null; sewers: unknown };
    };
    expect([part, preview.water?.stations, preview.sewers]).toEqual(['bundle', 1, null]);
    const sewers = (
      (await (await fetch(`${server.url}/api/v1/datasets?part=sewers`)).json()) as {
        id: string;
        active: boolean;
      }[]
    ).find((d) => d.active)!.id;
    const basedOn = { water: await activeWater(), sewers };
    expect((await json('POST', `/imports/${id}/confirm`, { basedOn })).status).toBe(200);
    expect(await activeWater()).not.toBe(basedOn.water);
    const bad = await fetch(`${server.url}/api/v1/bundle`, {
      method: 'POST',
      headers: { ...editor, 'content-type': 'application/json' },
      body: JSON.stringify({ format: 'something else', version: 1 }),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { detail: string }).detail).toMatch(/bad-bundle/);
  });

  it('drops a pending import 60 minutes after its last request', async () => {
    const { id } = (await (await upload(form([['a.csv', FIXTURE]]))).json()) as { id: string };
    await server.db.query("UPDATE pending_imports SET touched_at = now() - interval '61 minutes' WHERE id = $1", [id]);
    expect((await json('PATCH', `/imports/${id}`, {})).status).toBe(404);
  });

  it('refuses every step of a pending import to anyone but an editor, from this page', async () => {
    const { id } = (await (await upload(form([['a.csv', FIXTURE]]))).json()) as { id: string };
    const reader = { cookie: await cookieOf('rita'), 'x-requested-with': 'gehu', origin: server.url };
    const refusals: [Record<string, string>, number][] = [
      [{ 'x-requested-with': 'gehu', origin: server.url }, 401],
      [reader, 403],
      [{ ...editor, origin: 'https://evil.example' }, 403],
      [{ cookie: editor.cookie!, origin: server.url }, 403],
    ];
    for (const [headers, status] of refusals) {
      expect((await json('PATCH', `/imports/${id}`, { years: [2020] }, headers)).status).toBe(status);
      expect((await json('POST', `/imports/${id}/confirm`, { basedOn: await activeWater() }, headers)).status).toBe(
        status,
      );
      expect((await fetch(`${server.url}/api/v1/imports/${id}`, { method: 'DELETE', headers })).status).toBe(status);
    }
    // Still pending, untouched by all of that: the editor may drop it.
    expect((await fetch(`${server.url}/api/v1/imports/${id}`, { method: 'DELETE', headers: editor })).status).toBe(204);
  });

  it('refuses an anonymous or a reader’s upload, and a forged one', async () => {
    const body = () => form([['a.csv', FIXTURE]]);
    expect((await upload(body(), { 'x-requested-with': 'gehu', origin: server.url })).status).toBe(401);
    const reader = { cookie: await cookieOf('rita'), 'x-requested-with': 'gehu', origin: server.url };
    expect((await upload(body(), reader)).status).toBe(403);
    expect((await upload(body(), { ...editor, origin: 'https://evil.example' })).status).toBe(403);
  });

  it('413 for too many files, and before reading a body whose declared length is over 200 MB', async () => {
    const eleven = Array.from({ length: 11 }, (_, i): [string, string] => [`f${i}.csv`, 'a,b\n']);
    expect((await upload(form(eleven))).status).toBe(413);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/api/v1/imports',
          headers: {
            ...editor,
            'content-type': 'multipart/form-data; boundary=x',
            'content-length': 300 * 1024 * 1024,
          },
        },
        (res) => {
          resolve(res.statusCode ?? 0);
          req.destroy();
        },
      );
      req.on('error', reject);
      // Only a few bytes of the 300 MB it announced: the answer comes without waiting for the rest.
      req.write('--x\r\n');
    });
    expect(status).toBe(413);
  });

  it.each([
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]), 'binary'],
    ['a zip bomb', zipBomb(50 * 1024 * 1024), 'workbook-too-large'],
  ])('previews %s as a file that cannot be read, and will not confirm it', async (_, bytes, code) => {
    const before = await activeWater();
    const response = await upload(form([['f.xlsx', new Uint8Array(bytes)]]));
    expect(response.status).toBe(201);
    const { id, preview } = (await response.json()) as {
      id: string;
      preview: { files: { ok: boolean; problem?: { code: string } }[] };
    };
    expect(preview.files).toMatchObject([{ ok: false, problem: { code } }]);
    expect((await json('POST', `/imports/${id}/confirm`, { basedOn: before })).status).toBe(400);
    expect(await activeWater()).toBe(before);
  });

  it.each([
    [
      'JSON instead of multipart',
      () => upload(JSON.stringify({ files: [] }), { ...editor, 'content-type': 'application/json' }),
      415,
    ],
    [
      'a malformed multipart body',
      () => upload('--nope\r\ngarbage', { ...editor, 'content-type': 'multipart/form-data; boundary=other' }),
      400,
    ],
    [
      'SQL in the part field',
      () => upload(form([['a.csv', FIXTURE]], { part: "water'; DROP TABLE datasets; --" })),
      400,
    ],
  ])('refuses %s with a problem, changing nothing', async (_, send, status) => {
    const before = await activeWater();
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await activeWater()).toBe(before);
  });
});
