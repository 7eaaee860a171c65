import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { defineNetwork, InterceptorSource } from 'msw/experimental';
import { DATASET_CHANNEL, DATASET_SERVED_EVENT } from '../src/import/dataset-channel';
import { readActiveWater } from '../src/import/dataset-store';
import {
  defaultWater,
  illustrativeDataset,
  importedWaterPart,
  preloadActiveDataset,
  setActiveDataset,
  withWater,
} from './active-dataset';
import { createHandlers } from './handlers';
import { parseScenario } from './scenarios';

/**
 * Serves the mocked API in the page itself, in `npm run dev` and the production build alike: MSW's handlers answer
 * `fetch` through an interceptor, so the first request waits for nothing but this chunk (a service worker had to
 * install and take control first: 0.3–1.0 s of every first visit). The price: the requests do not show in DevTools'
 * Network tab. The scenario comes from the page's `?mock=` when it loads and stays for the page's life, whatever
 * in-app navigation does to the URL.
 */
export function startMockApi({ basePath, search }: { basePath: string; search: string }): void {
  const scenario = parseScenario(new URLSearchParams(search).get('mock'));
  // The fetch interceptor's event map is narrower than the union the source is typed for (HTTP and WebSocket);
  // MSW's own fallback source passes the same interceptor.
  const fetchInterceptor = new FetchInterceptor() as unknown as ConstructorParameters<
    typeof InterceptorSource
  >[0]['interceptors'][number];
  const network = defineNetwork({
    sources: [new InterceptorSource({ interceptors: [fetchInterceptor] })],
    handlers: createHandlers({ basePath, scenario }),
    onUnhandledFrame: 'bypass',
    // No copies of requests and responses for console logs that nobody reads (a wall refreshes for days).
    context: { quiet: true },
  });
  followStoredDataset();
  preloadActiveDataset();
  network.enable();
}

/**
 * Serves the dataset chosen in this browser (DESIGN §7): the import kept in IndexedDB, or the illustrative data. It
 * reloads whenever a tab announces a change, then tells the app, which refetches. Storage that cannot be read
 * (IndexedDB disabled, a record of another version) leaves the deployment's default in place; `/data` says why.
 */
function followStoredDataset() {
  const load = () => {
    const fallback = () => defaultWater().then((water) => ({ water, generatedAt: null }));
    const water = readActiveWater().then((stored) => {
      if (stored === 'illustrative') return { water: illustrativeDataset.water, generatedAt: null };
      if (stored === 'default') return fallback();
      return { water: importedWaterPart(stored), generatedAt: stored.createdAt };
    }, fallback);
    setActiveDataset(withWater(water));
    return water;
  };
  void load();
  new BroadcastChannel(DATASET_CHANNEL).onmessage = () =>
    void load().then(() => window.dispatchEvent(new Event(DATASET_SERVED_EVENT)));
}
