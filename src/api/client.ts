import type * as z from 'zod/mini';
import { env } from '../config/env';
import { describeIssues } from './issues';

/** What went wrong with a request, in words the UI can show and translate. */
export type ApiErrorKind = 'network' | 'http' | 'parse' | 'schema';

/** The one error type every endpoint throws: it names the endpoint and what was wrong. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly endpoint: string;
  readonly status: number | null;
  readonly detail: string;

  constructor(kind: ApiErrorKind, endpoint: string, detail: string, status: number | null = null) {
    super(`GET ${endpoint}: ${status ? `${status} ` : ''}${detail}`);
    this.kind = kind;
    this.endpoint = endpoint;
    this.status = status;
    this.detail = detail;
  }

  /** Worth retrying: the server or the network, not a request the server called bad or data it sent wrong. */
  get transient(): boolean {
    return this.kind === 'network' || (this.kind === 'http' && (this.status ?? 0) >= 500);
  }
}

export type QueryParams = Record<string, string | readonly string[] | undefined>;

/** Resolves to null when requests may go, or to the reason they cannot (the mock API failed to start). */
let ready: Promise<string | null> = Promise.resolve(null);

/**
 * Holds every request until `gate` settles (the mock worker starting); the first paint does not wait for it.
 * If the gate fails, every request fails with that reason instead of reaching a server that is not there.
 */
export function holdRequestsUntil(gate: Promise<unknown>): void {
  ready = gate.then(
    () => null,
    (cause: unknown) => `the mock API did not start (${cause instanceof Error ? cause.message : String(cause)})`,
  );
}

function buildUrl(path: string, params: QueryParams = {}): URL {
  const origin = globalThis.location?.origin ?? 'http://localhost';
  const url = new URL(`${env.apiBaseUrl}${path}`, origin);
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    for (const v of typeof value === 'string' ? [value] : value) url.searchParams.append(key, v);
  }
  return url;
}

async function problemDetail(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json();
    if (body && typeof body === 'object') {
      const { title, detail } = body as { title?: unknown; detail?: unknown };
      const text = [title, detail].filter((part) => typeof part === 'string' && part).join(' — ');
      if (text) return text;
    }
  } catch {
    // Not a problem+json body: fall back to the status text.
  }
  return response.statusText || 'request failed';
}

/**
 * A write to the bureau server (DESIGN §10 "Who may write"): JSON in, the session cookie and the CSRF header with it;
 * the answer validated when a schema is given. Any failure becomes an `ApiError` whose status says what it was
 * (401 sign in, 403 refused, 409 changed meanwhile, 429 too many attempts).
 */
export async function apiSend<S extends z.ZodMiniType>(
  method: 'POST' | 'PUT' | 'DELETE',
  path: string,
  body: unknown,
  schema?: S,
): Promise<z.output<S> | null> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path), {
      method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        'X-Requested-With': 'gehu',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiError('network', path, cause instanceof Error ? cause.message : 'network error');
  }
  if (!response.ok) {
    const error = new ApiError('http', path, await problemDetail(response), response.status);
    throw Object.assign(error, { retryAfterS: Number(response.headers.get('retry-after')) || null });
  }
  if (!schema || response.status === 204) return null;
  const result = schema.safeParse(await response.json());
  if (!result.success) throw new ApiError('schema', path, describeIssues(result.error), response.status);
  return result.data;
}

/** GET a contract endpoint and validate the body; any failure becomes an `ApiError`. */
export async function apiGet<S extends z.ZodMiniType>(
  path: string,
  schema: S,
  params?: QueryParams,
  signal?: AbortSignal,
): Promise<z.output<S>> {
  const blocked = await ready;
  if (blocked) throw new ApiError('network', path, blocked);
  let response: Response;
  try {
    response = await fetch(buildUrl(path, params), { headers: { Accept: 'application/json' }, signal: signal ?? null });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError('network', path, cause instanceof Error ? cause.message : 'network error');
  }
  if (!response.ok) throw new ApiError('http', path, await problemDetail(response), response.status);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError('parse', path, 'the response is not valid JSON', response.status);
  }
  const result = schema.safeParse(body);
  if (!result.success) throw new ApiError('schema', path, describeIssues(result.error), response.status);
  return result.data;
}
