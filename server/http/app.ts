import cookie from '@fastify/cookie';
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { problem } from '../../src/contract/answer';
import { BatchError } from '../../src/import/batch-import';
import { ENCODINGS, type Encoding } from '../../src/import/decode';
import { ImportError } from '../../src/import/problems';
import type { ServerConfig } from '../config';
import { listDatasets } from '../db/datasets';
import { PARTS, type Part } from '../../src/domain/dataset';
import type { Database } from '../db/database';
import { exportBundle, importFiles, restoreBundle } from '../datasets-io';
import type { Encoded, ServedData } from '../served';
import { addUser, listUsers, removeUser, setPassword, UserError, type Role } from '../users';
import { sessionOf } from '../auth';
import type { ChangeStreams } from './changes';
import { cookieOf, isLoopback, sendAnswer } from './guard';
import type { StaticFile } from './static-files';
import { registerImports } from './imports';
import { failed, faultsOf, registerWrites } from './writes';

export const API = '/api/v1';

export interface AppContext {
  config: ServerConfig;
  db: Database;
  served: ServedData;
  streams: ChangeStreams;
  dist: { files: Map<string, StaticFile>; index: StaticFile; csp: string };
  /** Whether the database answers and its LISTEN connection is up: the API answers 503 otherwise. */
  isReady: () => boolean;
  /** The admin token of this run (PGlite only: with PostgreSQL the terminal opens the database itself). */
  adminToken: string | null;
}

/** The encoding the client takes best: brotli, gzip, or none. */
function pickEncoding(request: FastifyRequest): 'br' | 'gzip' | null {
  const accepted = request.headers['accept-encoding'] ?? '';
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return null;
}

function sendEncoded(
  request: FastifyRequest,
  reply: FastifyReply,
  encoded: Encoded,
  type: string,
  cacheControl: string,
) {
  reply.header('Cache-Control', cacheControl).header('ETag', encoded.etag).header('Vary', 'Accept-Encoding');
  if (request.headers['if-none-match'] === encoded.etag && encoded.status === 200) return reply.code(304).send();
  const encoding = pickEncoding(request);
  const body = encoding && encoded.gzip !== encoded.identity ? encoded[encoding] : encoded.identity;
  if (encoding && body !== encoded.identity) reply.header('Content-Encoding', encoding);
  return reply.code(encoded.status).type(type).send(body);
}

const unavailable = () =>
  problem(503, 'Service unavailable', 'the database does not answer; the server reconnects by itself');

/**
 * The bureau server's HTTP face (DESIGN §10): `/api/v1` from the database through the contract's routes, change
 * notices, health, the terminal's admin endpoints, and the built app. One JSON log line per request.
 */
export async function buildApp(context: AppContext): Promise<FastifyInstance> {
  const { config, db, served, streams, dist } = context;
  const app = Fastify({
    logger: { level: config.logLevel },
    // Fastify's own two lines per request give way to the one below.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: config.trustProxy,
    // Bundles and files sent by the terminal over loopback; every other route reads no body.
    bodyLimit: 1024 * 1024,
  });

  app.addHook('onSend', async (_request, reply) => {
    reply.header('Content-Security-Policy', `${dist.csp}; frame-ancestors 'none'`);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'strict-origin-when-cross-origin');
    reply.header('X-Frame-Options', 'DENY');
  });
  // One line per request: method, path, status, time. No query values, cookies or bodies.
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        path: request.url.split('?')[0],
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });

  // Before any route: a route keeps the error handler of when it was added.
  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    // The database went away mid-request (PostgreSQL stopped, its connection cut): the transaction did not commit.
    if (databaseGone(error)) {
      request.log.warn({ err: error }, 'the database went away during a request');
      return sendAnswer(
        reply,
        problem(
          503,
          'Service unavailable',
          'the database went away during the request: nothing was changed; try again',
        ),
        { 'Retry-After': '5' },
      );
    }
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, 'request failed');
    return sendAnswer(
      reply,
      problem(
        status,
        status === 500 ? 'Internal server error' : 'Bad request',
        status === 500 ? 'the server failed; see its log' : error.message,
      ),
    );
  });

  // First, so that every hook below sees the request's cookies parsed.
  await app.register(cookie);

  app.get('/healthz', async (_request, reply) => reply.send({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) =>
    context.isReady() ? reply.send({ status: 'ready' }) : sendAnswer(reply, unavailable(), { 'Retry-After': '5' }),
  );

  // The API answers only while the database does: the data it serves may otherwise be out of date.
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith(`${API}/`) || request.url.startsWith(`${API}/admin/`)) return;
    if (!context.isReady()) return sendAnswer(reply, unavailable(), { 'Retry-After': '5' });
    // READ_ACCESS=sign-in: every read needs a session too (readers sign in; a wall with a reader account).
    const path = request.url.split('?')[0];
    if (config.readAccess === 'sign-in' && path !== `${API}/session` && !(await sessionOf(db, cookieOf(request))))
      return sendAnswer(reply, problem(401, 'Unauthorized', 'this dashboard asks everyone to sign in'));
  });

  app.get(`${API}/changes`, (request, reply) => {
    if (!streams.admits(request.ip))
      return sendAnswer(reply, problem(429, 'Too many requests', 'too many open change streams from this address'), {
        'Retry-After': '30',
      });
    reply.hijack();
    streams.open(reply.raw, request.ip, served.ids);
    request.log.info({ method: 'GET', path: `${API}/changes`, status: 200, streams: streams.size }, 'stream opened');
  });

  app.get(`${API}/datasets`, async (request, reply) => {
    const { part } = request.query as { part?: string };
    if (part !== undefined && !PARTS.includes(part as Part))
      return sendAnswer(reply, problem(400, 'Bad request', `unknown part '${part}'; expected water or sewers`));
    return reply.header('Cache-Control', 'no-cache').send(await listDatasets(db, part as Part | undefined));
  });

  app.get(`${API}/*`, async (request, reply) => {
    const url = new URL(request.url, 'http://server');
    const encoded = await served.read(url.pathname.slice(API.length), url);
    return sendEncoded(
      request,
      reply,
      encoded,
      encoded.problem ? 'application/problem+json' : 'application/json',
      'no-cache',
    );
  });

  registerWrites(app, context);
  await registerImports(app, context);
  registerAdmin(app, context);

  app.get('/*', (request, reply) => {
    const path = request.url.split('?')[0]!;
    const file = dist.files.get(path === '/' ? '/index.html' : path);
    if (file) return sendEncoded(request, reply, file.body, file.type, file.cacheControl);
    if (isAppRoute(request, path)) return sendEncoded(request, reply, dist.index.body, dist.index.type, 'no-cache');
    return notFound(request, reply);
  });
  app.setNotFoundHandler(notFound);
  return app;
}

/** Errors of a lost database connection (node-postgres' and PostgreSQL's own), not of the request. */
function databaseGone(error: Error & { code?: string }): boolean {
  const codes = ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', '57P01', '57P02', '57P03', '08006', '08003', '08001'];
  return (
    codes.includes(error.code ?? '') ||
    /Connection terminated|connection is closed|Client has encountered a connection error/i.test(error.message)
  );
}

function notFound(request: FastifyRequest, reply: FastifyReply) {
  const path = request.url.split('?')[0]!;
  return sendAnswer(reply, problem(404, 'Not found', `no ${request.method} ${path.slice(0, 200)}`));
}

/**
 * The SPA fallback, kept narrow: a GET for a page (accepting HTML), outside `/assets/` and `/api/`, whose path is
 * plain segments (no dots, encoded slashes or backslashes: a missing file or a probe is a 404, not the app).
 */
function isAppRoute(request: FastifyRequest, path: string): boolean {
  return (
    request.method === 'GET' &&
    (request.headers.accept ?? '').includes('text/html') &&
    !path.startsWith('/assets/') &&
    !path.startsWith('/api/') &&
    /^(\/[A-Za-z0-9_-]+)*\/?$/.test(path)
  );
}

/** The terminal's commands while the server runs: loopback only, with this run's admin token. */
function registerAdmin(app: FastifyInstance, context: AppContext) {
  const { db } = context;
  const admin = `${API}/admin`;
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith(`${admin}/`)) return;
    const token = context.adminToken;
    const given = Buffer.from((request.headers.authorization ?? '').replace(/^Bearer /, ''));
    const loopback = isLoopback(request.socket.remoteAddress);
    if (!token || !loopback || given.length !== token.length || !timingSafeEqual(given, Buffer.from(token)))
      return sendAnswer(reply, problem(403, 'Forbidden', 'the admin endpoints take the terminal of this machine only'));
  });
  const fail = (reply: FastifyReply, error: unknown) => {
    if (error instanceof UserError || error instanceof BatchError)
      return sendAnswer(reply, problem(400, 'Bad request', error.message));
    if (error instanceof ImportError)
      return sendAnswer(reply, problem(400, 'Bad request', JSON.stringify(error.problem)));
    return failed(reply, error);
  };
  const run =
    (work: (request: FastifyRequest) => Promise<unknown>) => async (request: FastifyRequest, reply: FastifyReply) => {
      let result: unknown;
      try {
        result = await work(request);
      } catch (error) {
        return fail(reply, error);
      }
      await context.served.refresh();
      return reply.send(result ?? { ok: true });
    };
  const large = { bodyLimit: 400 * 1024 * 1024 };
  type Body = Record<string, unknown>;
  app.get(
    `${admin}/users`,
    run(() => listUsers(db)),
  );
  app.post(
    `${admin}/users`,
    run(async (r) => {
      const { name, role, password } = r.body as Body;
      await addUser(db, String(name), String(role) as Role, String(password));
    }),
  );
  app.put(
    `${admin}/users/:name/password`,
    run(async (r) => {
      await setPassword(db, (r.params as Body).name as string, String((r.body as Body).password));
    }),
  );
  app.delete(
    `${admin}/users/:name`,
    run(async (r) => {
      await removeUser(db, (r.params as Body).name as string);
    }),
  );
  app.post(
    `${admin}/import`,
    large,
    run(async (r) => {
      const { files, year, encoding } = r.body as {
        files: { name: string; base64: string }[];
        year?: number;
        encoding?: Encoding;
      };
      if (encoding !== undefined && !ENCODINGS.includes(encoding))
        throw new BatchError(`an encoding is ${ENCODINGS.join(' or ')}, not ${encoding as string}`);
      return importFiles(
        db,
        files.map((f) => ({ name: f.name, bytes: new Uint8Array(Buffer.from(f.base64, 'base64')) })),
        { firstYear: year, encoding },
        'terminal',
        faultsOf(context.config),
      );
    }),
  );
  // The benchmark's memory readings: after a full collection when the process runs with --expose-gc.
  app.get(
    `${admin}/memory`,
    run(async () => {
      const gc = (globalThis as { gc?: () => void }).gc;
      gc?.();
      gc?.();
      return Promise.resolve({ ...process.memoryUsage(), collected: Boolean(gc) });
    }),
  );
  app.get(
    `${admin}/export`,
    run(async () => ({ bundle: await exportBundle(db) })),
  );
  app.post(
    `${admin}/restore`,
    large,
    run(async (r) => ({ ids: await restoreBundle(db, String((r.body as Body).bundle), 'terminal') })),
  );
}
