import { env } from './env';

/**
 * Who answers the API (DESIGN §10 "The same app"): the bureau server, which marks the page it serves with
 * `<meta name="gehu-api" content="server">`; the mock in this page (`npm run dev`, a static deployment); or a backend
 * of its own when the build says `VITE_API_MOCKING=off`. One `dist/` serves the first two: the page reads the meta
 * before anything else.
 */
export type ApiHost = 'server' | 'mock' | 'backend';

export function readApiHost(doc: Pick<Document, 'querySelector'> | undefined, mocking: boolean): ApiHost {
  if (doc?.querySelector('meta[name="gehu-api"]')?.getAttribute('content') === 'server') return 'server';
  return mocking ? 'mock' : 'backend';
}

export const apiHost: ApiHost = readApiHost(typeof document === 'undefined' ? undefined : document, env.mocking);
