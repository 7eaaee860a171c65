import { setupWorker } from 'msw/browser';
import { preloadData } from './data-source';
import { createHandlers } from './handlers';
import { parseScenario } from './scenarios';

/**
 * Starts the service-worker mock for the page's life. The scenario comes from the page's `?mock=` when it loads
 * and stays for the page's life, whatever in-app navigation does to the URL.
 */
export async function startMockWorker({ basePath, search }: { basePath: string; search: string }): Promise<void> {
  const scenario = parseScenario(new URLSearchParams(search).get('mock'));
  const worker = setupWorker(...createHandlers({ basePath, scenario }));
  preloadData();
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}
