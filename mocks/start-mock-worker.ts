import type { ToServer } from './mock-worker-protocol';

/**
 * Starts the mocked API's worker (`mock-api.worker.ts`) and tells it the API's path and the scenario. The entry calls
 * it itself, so that the worker's script, and the dataset the worker loads at its start, are on their way while the
 * page's chunks download, rather than after the bridge that forwards the page's requests to it (`page-bridge.ts`).
 */
export function startMockWorker({ basePath, search }: { basePath: string; search: string }): Worker {
  const server = new Worker(new URL('./mock-api.worker.ts', import.meta.url), { type: 'module' });
  const start: ToServer = { type: 'start', basePath, scenario: new URLSearchParams(search).get('mock') };
  server.postMessage(start);
  return server;
}
