import { DATASET_SERVED_EVENT } from '../src/import/dataset-channel';
import type { FromServer, ToServer } from './mock-worker-protocol';

/**
 * Serves the mocked API from a worker, in `npm run dev` and the production build alike (`mock-api.worker.ts`): the
 * page's `fetch` of the API's paths is forwarded to it, so that MSW's handlers, the dataset's reading and its figures
 * cost the page's thread nothing, and the first request waits for no service worker (one had to install and take
 * control first: 0.3–1.0 s of every first visit). The price: the requests do not show in DevTools' Network tab. Any
 * other request, and one no handler takes, goes to the network as it would.
 */
/** Statuses whose response has no body: `new Response` throws if given one, even empty. */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

export function startMockApi({ server, basePath }: { server: Worker; basePath: string }): void {
  const send = (message: ToServer, transfer: Transferable[] = []) => server.postMessage(message, transfer);

  const networkFetch = window.fetch.bind(window);
  const pending = new Map<
    number,
    { request: Request; resolve: (response: Response) => void; reject: (e: Error) => void }
  >();
  let nextId = 0;
  server.onmessage = ({ data }: MessageEvent<FromServer>) => {
    if (data.type === 'served') {
      window.dispatchEvent(new Event(DATASET_SERVED_EVENT));
      return;
    }
    const waiting = pending.get(data.id);
    if (!waiting) return;
    pending.delete(data.id);
    if (data.type === 'unhandled') networkFetch(waiting.request).then(waiting.resolve, waiting.reject);
    else if (data.type === 'network-error') waiting.reject(new TypeError('Failed to fetch'));
    else {
      const { status, statusText, headers } = data;
      waiting.resolve(new Response(NULL_BODY_STATUSES.has(status) ? null : data.body, { status, statusText, headers }));
    }
  };

  window.fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.origin !== window.location.origin || !url.pathname.startsWith(`${basePath}/`)) return networkFetch(request);
    const body = ['GET', 'HEAD'].includes(request.method) ? null : await request.arrayBuffer();
    const id = nextId++;
    return new Promise<Response>((resolve, reject) => {
      const { signal } = request;
      if (signal.aborted) return reject(signal.reason as Error);
      signal.addEventListener('abort', () => {
        pending.delete(id);
        reject(signal.reason as Error);
      });
      pending.set(id, { request, resolve, reject });
      send(
        {
          type: 'request',
          id,
          url: request.url,
          method: request.method,
          headers: [...request.headers],
          body,
          sentAt: Date.now(),
        },
        body ? [body] : [],
      );
    });
  };
}
