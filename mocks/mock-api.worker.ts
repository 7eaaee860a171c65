/// <reference lib="webworker" />
import { DATASET_CHANNEL } from '../src/import/dataset-channel';
import { readActive, type ImportOf } from '../src/import/dataset-store';
import type { Part } from '../src/domain/dataset';
import {
  defaultSewers,
  defaultWater,
  illustrativeDataset,
  mockRoutes,
  preloadActiveDataset,
  setActiveDataset,
  withStoredParts,
} from './active-dataset';
import { sewersPartOf, waterPartOf } from '../src/contract/served-dataset';
import { notFound, type Answer } from '../src/contract/answer';
import { applyScenario, DEFAULT_TIMINGS, parseScenario, type MockRoute } from './scenarios';
import type { FromServer, ToServer } from './mock-worker-protocol';

/**
 * The mocked API's own thread, in `npm run dev` and the production build alike: the contract's routes answer the
 * requests the page forwards (`page-bridge.ts`), and the dataset is read, derived and kept here, off the page's
 * thread. The scenario comes from the page's `?mock=` when it loads and stays for the page's life. The routes are
 * called directly, as the bureau server calls them: MSW adapts them for Vitest only (`handlers.ts`).
 */
declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromServer, transfer: Transferable[] = []) => self.postMessage(message, transfer);
let basePath = '/api/v1';
let routes = new Map<string, MockRoute>();
let pageNow = Date.now();

self.onmessage = async ({ data }: MessageEvent<ToServer>) => {
  if (data.type === 'start') {
    basePath = data.basePath;
    const scenario = parseScenario(data.scenario);
    routes = new Map(
      applyScenario(mockRoutes, scenario, { ...DEFAULT_TIMINGS, now: () => pageNow }).map((route) => [
        route.path,
        route,
      ]),
    );
    followStoredDataset();
    preloadActiveDataset();
    return;
  }
  const { id, url, method } = data;
  pageNow = data.sentAt;
  try {
    const answer = await answerRequest(method, new URL(url));
    const body = new TextEncoder().encode(JSON.stringify(answer.body)).buffer;
    const type = answer.problem ? 'application/problem+json' : 'application/json';
    post({ type: 'response', id, status: answer.status, headers: [['Content-Type', type]], body }, [body]);
  } catch {
    post({ type: 'network-error', id });
  }
};

/** The answer to a request under the API's path: its route's, or a 404 problem (every route reads with GET). */
function answerRequest(method: string, url: URL): Promise<Answer> {
  const route = method === 'GET' ? routes.get(url.pathname.slice(basePath.length)) : undefined;
  return route ? route.resolve(url) : Promise.resolve(notFound(`no endpoint ${method} ${url.pathname}`));
}

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
