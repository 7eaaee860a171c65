import type { ToServer } from './server-protocol';

/**
 * Starts the mocked API's worker (`server.worker.ts`) and tells it the API's path and the scenario. The entry calls
 * it itself, so that the worker's script, and the dataset the worker loads at its start, are on their way while the
 * page's chunks download, rather than after the bridge that forwards the page's requests to it (`browser.ts`).
 */
export function startMockServer({ basePath, search }: { basePath: string; search: string }): Worker {
  const server = new Worker(new URL('./server.worker.ts', import.meta.url), { type: 'module' });
  const start: ToServer = { type: 'start', basePath, scenario: new URLSearchParams(search).get('mock') };
  server.postMessage(start);
  return server;
}
