import { setupWorker } from 'msw/browser';
import { preloadActiveDataset } from './active-dataset';
import { createHandlers } from './handlers';
import { parseScenario } from './scenarios';

/**
 * Starts the service-worker mock for the page's life. The scenario comes from the page's `?mock=` when it loads
 * and stays for the page's life, whatever in-app navigation does to the URL.
 */
export async function startMockWorker({ basePath, search }: { basePath: string; search: string }): Promise<void> {
  const scenario = parseScenario(new URLSearchParams(search).get('mock'));
  const worker = setupWorker(...createHandlers({ basePath, scenario }));
  // For its life-cycle events, MSW's worker sends every response back to the page as a second body stream,
  // transferred over a MessagePort. Nothing here reads them, and an unread one keeps its port, its stream and the
  // worker's copy of the body alive for the page's life: thousands on a wall that refreshes for days. Cancel each.
  const discardBody = ({ response }: { response: Response }) => void response.body?.cancel().catch(() => undefined);
  worker.events.on('response:mocked', discardBody);
  worker.events.on('response:bypass', discardBody);
  preloadActiveDataset();
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}
