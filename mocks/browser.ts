import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { defineNetwork, InterceptorSource } from 'msw/experimental';
import { DATASET_CHANNEL, DATASET_SERVED_EVENT } from '../src/import/dataset-channel';
import { readActive } from '../src/import/dataset-store';
import {
  defaultSewers,
  defaultWater,
  illustrativeDataset,
  importedSewersPart,
  importedWaterPart,
  preloadActiveDataset,
  setActiveDataset,
  withStoredParts,
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
    const water = readActive('water').then(
      (stored) => {
        if (stored === 'illustrative') return { part: illustrativeDataset.water, createdAt: null };
        if (stored === 'default') return defaultWater().then((part) => ({ part, createdAt: null }));
        return { part: importedWaterPart(stored), createdAt: stored.createdAt };
      },
      () => defaultWater().then((part) => ({ part, createdAt: null })),
    );
    const sewers = readActive('sewers').then(
      (stored) => {
        if (stored === 'illustrative') return { part: illustrativeDataset.sewers, createdAt: null };
        if (stored === 'default') return defaultSewers().then((part) => ({ part, createdAt: null }));
        return { part: importedSewersPart(stored), createdAt: stored.createdAt };
      },
      () => defaultSewers().then((part) => ({ part, createdAt: null })),
    );
    const parts = Promise.all([water, sewers]).then(([w, s]) => ({
      water: w.part,
      sewers: s.part,
      // The dataset was made when its newest import was.
      generatedAt:
        [w.createdAt, s.createdAt]
          .filter((t) => t !== null)
          .sort()
          .at(-1) ?? null,
    }));
    setActiveDataset(withStoredParts(parts));
    return parts;
  };
  void load();
  new BroadcastChannel(DATASET_CHANNEL).onmessage = () =>
    void load().then(() => window.dispatchEvent(new Event(DATASET_SERVED_EVENT)));
}
