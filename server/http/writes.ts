import type { FastifyInstance, FastifyReply } from 'fastify';
import * as z from 'zod/mini';
import { transferEventRecordSchema } from '../../src/import/bundle';
import { auditLog, endSession, SESSION_COOKIE, sessionOf, signIn, WALL_IDLE_MS, audit } from '../auth';
import type { ServerConfig } from '../config';
import { ConflictError, DiskFullError, exportBundle, replaceEvents, switchActive, type Faults } from '../datasets-io';
import { PARTS, type Part } from '../../src/domain/dataset';
import type { AppContext } from './app';
import { cookieOf, editorOf, refusal, secureCookies, sendProblem } from './guard';

const API = '/api/v1';

export const faultsOf = (config: ServerConfig): Faults => ({
  faultEnospc: config.faultEnospc,
  commitDelayMs: config.faultCommitDelayMs,
});

const signInSchema = z.object({
  name: z.string().check(z.maxLength(64)),
  password: z.string().check(z.maxLength(1024)),
  wall: z.optional(z.boolean()),
});
const switchSchema = z.object({
  dataset: z.string().check(z.maxLength(100)),
  basedOn: z.string().check(z.maxLength(100)),
});
const eventsSchema = z.object({
  basedOn: z.string().check(z.maxLength(100)),
  events: z.array(transferEventRecordSchema).check(z.maxLength(50)),
});

/** A body that does not keep its schema: 400 with the first problem. */
function parsed<T>(schema: z.ZodMiniType<T>, body: unknown, reply: FastifyReply): T | null {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  void sendProblem(reply, 400, 'Bad request', `${issue.path.join('.') || 'body'}: ${issue.message}`);
  return null;
}

/** What a failed write answers: 409 for a conflict, 507 for a full disk; anything else is the server's fault. */
export function failed(reply: FastifyReply, error: unknown) {
  if (error instanceof ConflictError) return sendProblem(reply, 409, 'Conflict', error.message);
  if (error instanceof DiskFullError)
    return sendProblem(reply, 507, 'Insufficient storage', 'the server’s disk is full: nothing was changed');
  throw error;
}

/**
 * Sessions and the writes an editor makes from the page (DESIGN §10 "Who may write", pinned table): each write needs
 * the session cookie, `X-Requested-With: gehu` and an allowed `Origin`, is made in one transaction against the ids it
 * was `basedOn`, and is logged.
 */
export function registerWrites(app: FastifyInstance, context: AppContext) {
  const { db, config } = context;

  app.get(`${API}/session`, async (request, reply) => {
    const session = await sessionOf(db, cookieOf(request));
    if (!session) return sendProblem(reply, 401, 'Unauthorized', 'not signed in');
    return reply.header('Cache-Control', 'no-store').send({ name: session.name, role: session.role });
  });

  app.post(`${API}/session`, async (request, reply) => {
    const refused = refusal(request, config);
    if (refused) return sendProblem(reply, 403, 'Forbidden', refused);
    const body = parsed(signInSchema, request.body, reply);
    if (!body) return reply;
    const result = await signIn(db, { ...body, wall: body.wall ?? false, address: request.ip });
    if (!result.ok && result.retryAfterS !== null)
      return sendProblem(reply, 429, 'Too many requests', 'too many failed sign-ins: wait and try again', {
        'Retry-After': String(result.retryAfterS),
      });
    // One answer for an unknown name and a wrong password: which names exist is nobody's business.
    if (!result.ok) return sendProblem(reply, 401, 'Unauthorized', 'wrong name or password');
    await audit(db, body.name, 'sign in', { wall: result.wall });
    return reply
      .setCookie(SESSION_COOKIE, result.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: secureCookies(request, config),
        // A wall's cookie outlives the browser's restarts; a desk's ends with the browser.
        ...(result.wall ? { maxAge: WALL_IDLE_MS / 1000 } : {}),
      })
      .code(204)
      .send();
  });

  app.delete(`${API}/session`, async (request, reply) => {
    const refused = refusal(request, config);
    if (refused) return sendProblem(reply, 403, 'Forbidden', refused);
    const session = await sessionOf(db, cookieOf(request));
    if (session) await endSession(db, session.idHash);
    return reply.clearCookie(SESSION_COOKIE, { path: '/' }).code(204).send();
  });

  app.get(`${API}/audit`, async (request, reply) => {
    const session = await sessionOf(db, cookieOf(request));
    if (!session) return sendProblem(reply, 401, 'Unauthorized', 'sign in as an editor to read the audit log');
    if (session.role !== 'editor') return sendProblem(reply, 403, 'Forbidden', 'the audit log is for editors');
    return reply.header('Cache-Control', 'no-store').send({ entries: await auditLog(db) });
  });

  app.put<{ Params: { part: string } }>(`${API}/active/:part`, async (request, reply) => {
    const editor = await editorOf(request, reply, db, config);
    if (!editor) return reply;
    const part = request.params.part as Part;
    if (!PARTS.includes(part)) return sendProblem(reply, 404, 'Not found', `no part '${part.slice(0, 40)}'`);
    const body = parsed(switchSchema, request.body, reply);
    if (!body) return reply;
    let ids;
    try {
      ids = await switchActive(db, part, body.dataset, editor.name, {
        basedOn: { [part]: body.basedOn },
        ...faultsOf(config),
      });
    } catch (error) {
      return failed(reply, error);
    }
    if (!ids) return sendProblem(reply, 404, 'Not found', `no ${part} dataset '${body.dataset.slice(0, 100)}'`);
    // This process serves the new data before it answers: the editor's next read is of what they made.
    await context.served.refresh();
    return reply.send(ids);
  });

  app.put(`${API}/water-transfer/events`, async (request, reply) => {
    const editor = await editorOf(request, reply, db, config);
    if (!editor) return reply;
    const body = parsed(eventsSchema, request.body, reply);
    if (!body) return reply;
    const wrong = body.events.find((e) => e.end !== null && Date.parse(e.end) <= Date.parse(e.start));
    if (wrong) return sendProblem(reply, 400, 'Bad request', `event '${wrong.id}' ends before it starts`);
    if (new Set(body.events.map((e) => e.id)).size !== body.events.length)
      return sendProblem(reply, 400, 'Bad request', 'two events share an id');
    let ids;
    try {
      ids = await replaceEvents(db, body.events, editor.name, {
        basedOn: { water: body.basedOn },
        ...faultsOf(config),
      });
    } catch (error) {
      return failed(reply, error);
    }
    // This process serves the new data before it answers: the editor's next read is of what they made.
    await context.served.refresh();
    return reply.send(ids);
  });

  app.get(`${API}/bundle`, async (request, reply) => {
    const editor = await editorOf(request, reply, db, config);
    if (!editor) return reply;
    const bundle = await exportBundle(db);
    if (!bundle)
      return sendProblem(reply, 404, 'Not found', 'the active data is the illustrative data: no import to export');
    return reply
      .header('Cache-Control', 'no-store')
      .header('Content-Disposition', 'attachment; filename="gehu-dataset.json"')
      .type('application/json')
      .send(bundle);
  });
}
