/// <reference lib="webworker" />
import './mock-worker-storage';
import { getResponse, type RequestHandler } from 'msw';
import { DATASET_CHANNEL } from '../src/import/dataset-channel';
import { readActive, type ImportOf } from '../src/import/dataset-store';
import type { Part } from '../src/domain/dataset';
import {
  defaultSewers,
  defaultWater,
  illustrativeDataset,
  preloadActiveDataset,
  setActiveDataset,
  withStoredParts,
} from './active-dataset';
import { sewersPartOf, waterPartOf } from '../src/contract/served-dataset';
import { createHandlers } from './handlers';
import { parseScenario } from './scenarios';
import type { FromServer, ToServer } from './mock-worker-protocol';

/**
 * The mocked API's own thread, in `npm run dev` and the production build alike: MSW's handlers answer the requests
 * the page forwards (`page-bridge.ts`), and the dataset is read, derived and kept here, off the page's thread. The
 * scenario comes from the page's `?mock=` when it loads and stays for the page's life.
 */
declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromServer, transfer: Transferable[] = []) => self.postMessage(message, transfer);
let handlers: RequestHandler[] = [];
let pageNow = Date.now();

self.onmessage = async ({ data }: MessageEvent<ToServer>) => {
  if (data.type === 'start') {
    handlers = createHandlers({
      basePath: data.basePath,
      scenario: parseScenario(data.scenario),
      timings: { now: () => pageNow },
    });
    followStoredDataset();
    preloadActiveDataset();
    return;
  }
  const { id, url, method, headers, body } = data;
  pageNow = data.sentAt;
  try {
    const response = await getResponse(handlers, new Request(url, { method, headers, body }));
    if (!response) return post({ type: 'unhandled', id });
    // `HttpResponse.error()`: the page's fetch fails as it would on a network error (the `offline` scenario).
    if (response.type === 'error') return post({ type: 'network-error', id });
    const answer = await response.arrayBuffer();
    post(
      {
        type: 'response',
        id,
        status: response.status,
        statusText: response.statusText,
        headers: [...response.headers],
        body: answer,
      },
      [answer],
    );
  } catch {
    post({ type: 'network-error', id });
  }
};

/**
 * Serves the dataset chosen in this browser (DESIGN §7): the import kept in IndexedDB, or the illustrative data. It
 * reloads whenever a tab announces a change, then tells the app, which refetches. Storage that cannot be read
 * (IndexedDB disabled, a record of another version) leaves the deployment's default in place; `/data` says why.
 */
function followStoredDataset() {
  const load = () => {
    const water = storedPart('water', illustrativeDataset.water, defaultWater, waterPartOf);
    const sewers = storedPart('sewers', illustrativeDataset.sewers, defaultSewers, sewersPartOf);
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
  new BroadcastChannel(DATASET_CHANNEL).onmessage = () => void load().then(() => post({ type: 'served' }));
}

/** One part of the dataset as this browser chose it, and when it was imported (null for the built-in ones). */
function storedPart<P extends Part, Served>(
  part: P,
  illustrative: Served,
  byDefault: () => Promise<Served>,
  imported: (stored: ImportOf<P>) => Served,
): Promise<{ part: Served; createdAt: string | null }> {
  const builtIn = (served: Served) => ({ part: served, createdAt: null });
  return readActive(part).then(
    (stored) => {
      if (stored === 'illustrative') return builtIn(illustrative);
      if (stored === 'default') return byDefault().then(builtIn);
      return { part: imported(stored), createdAt: stored.createdAt };
    },
    () => byDefault().then(builtIn),
  );
}
