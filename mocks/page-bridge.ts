import { DATASET_SERVED_EVENT } from '../src/import/dataset-channel';
import type { FromServer, ToServer } from './mock-worker-protocol';

/**
 * Serves the mocked API from a worker, in `npm run dev` and the production build alike (`mock-api.worker.ts`): the
 * page's `fetch` of the API's paths is forwarded to it, so that answering, the dataset's reading and its figures cost
 * the page's thread nothing, and the first request waits for no service worker (one had to install and take control
 * first: 0.3–1.0 s of every first visit). The price: the requests do not show in DevTools' Network tab. Any other
 * request goes to the network as it would.
 */

export function startMockApi({ server, basePath }: { server: Worker; basePath: string }): void {
  const send = (message: ToServer) => server.postMessage(message);

  const networkFetch = window.fetch.bind(window);
  const pending = new Map<number, { resolve: (response: Response) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  server.onmessage = ({ data }: MessageEvent<FromServer>) => {
    if (data.type === 'served') {
      window.dispatchEvent(new Event(DATASET_SERVED_EVENT));
      return;
    }
    const waiting = pending.get(data.id);
    if (!waiting) return;
    pending.delete(data.id);
    if (data.type === 'network-error') waiting.reject(new TypeError('Failed to fetch'));
    else {
      const { status, headers, body } = data;
      waiting.resolve(new Response(body, { status, headers }));
    }
  };

  window.fetch = (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.origin !== window.location.origin || !url.pathname.startsWith(`${basePath}/`)) return networkFetch(request);
    const id = nextId++;
    return new Promise<Response>((resolve, reject) => {
      const { signal } = request;
      if (signal.aborted) return reject(signal.reason as Error);
      signal.addEventListener('abort', () => {
        pending.delete(id);
        reject(signal.reason as Error);
      });
      pending.set(id, { resolve, reject });
      send({ type: 'request', id, url: request.url, method: request.method, sentAt: Date.now() });
    });
  };
}
