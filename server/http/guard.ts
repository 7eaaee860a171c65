import type { FastifyReply, FastifyRequest } from 'fastify';
import { problem, type Answer } from '../../src/contract/answer';
import { SESSION_COOKIE, sessionOf, type Session } from '../auth';
import type { ServerConfig } from '../config';
import type { Queryable } from '../db/database';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
export const isLoopback = (address: string | undefined) => LOOPBACK.has(address ?? '');

/** The scheme and host the client reached: the proxy's word for them only with `TRUST_PROXY=1`. */
function reached(request: FastifyRequest, config: ServerConfig) {
  const first = (value: string | string[] | undefined) =>
    String(value ?? '')
      .split(',')[0]!
      .trim();
  const proto = config.trustProxy ? first(request.headers['x-forwarded-proto']) || 'http' : 'http';
  const host = (config.trustProxy && first(request.headers['x-forwarded-host'])) || request.headers.host || '';
  return { proto, host };
}

/** The origins a write may come from: `PUBLIC_URL`'s, or the one the client reached. */
export function allowedOrigins(request: FastifyRequest, config: ServerConfig): string[] {
  if (config.publicOrigins.length) return config.publicOrigins;
  const { proto, host } = reached(request, config);
  return [`${proto}://${host}`];
}

/** Whether cookies must be `Secure`: when the public origin is HTTPS. */
export function secureCookies(request: FastifyRequest, config: ServerConfig): boolean {
  return allowedOrigins(request, config).every((origin) => origin.startsWith('https://'));
}

/**
 * Why a state-changing request is refused before its session is even looked at: not from this app's page (no
 * `X-Requested-With: gehu`, or an `Origin` that is not ours: cross-site request forgery), or over plain HTTP from
 * another machine, where a password or session would cross the network in clear. Null when it may proceed.
 */
export function refusal(request: FastifyRequest, config: ServerConfig): string | null {
  if (request.headers['x-requested-with'] !== 'gehu') return 'a write needs the header X-Requested-With: gehu';
  const origin = request.headers.origin;
  if (!origin || !allowedOrigins(request, config).includes(origin))
    return `a write must come from this dashboard's page (Origin ${origin ? `'${origin.slice(0, 100)}'` : 'missing'})`;
  const { proto } = reached(request, config);
  if (proto !== 'https' && !isLoopback(request.ip) && !config.allowHttpSignIn)
    return 'sign in over HTTPS: this address is plain HTTP from another machine (ALLOW_HTTP_SIGN_IN=1 allows it)';
  return null;
}

export const cookieOf = (request: FastifyRequest) => request.cookies[SESSION_COOKIE];

/** A problem answer (`src/contract/answer.ts`) as `application/problem+json`. */
export function sendAnswer(
  reply: FastifyReply,
  answer: Answer & { problem: true },
  headers: Record<string, string> = {},
) {
  return reply.code(answer.status).headers(headers).type('application/problem+json').send(JSON.stringify(answer.body));
}

export const sendProblem = (
  reply: FastifyReply,
  status: number,
  title: string,
  detail: string,
  headers: Record<string, string> = {},
) => sendAnswer(reply, problem(status, title, detail), headers);

/**
 * The editor behind a write, or null after answering: 401 without a live session, 403 for a forged or plain-HTTP
 * request, 403 for a reader.
 */
export async function editorOf(
  request: FastifyRequest,
  reply: FastifyReply,
  db: Queryable,
  config: ServerConfig,
): Promise<Session | null> {
  const session = await sessionOf(db, cookieOf(request));
  if (!session) {
    await sendProblem(reply, 401, 'Unauthorized', 'sign in as an editor to change the data');
    return null;
  }
  const refused = refusal(request, config);
  if (refused) {
    await sendProblem(reply, 403, 'Forbidden', refused);
    return null;
  }
  if (session.role !== 'editor') {
    await sendProblem(reply, 403, 'Forbidden', `${session.name} is a reader: changing the data needs an editor`);
    return null;
  }
  return session;
}
