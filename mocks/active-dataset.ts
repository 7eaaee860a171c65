import type { WaterDerived } from '../src/domain/water-records';
import type { ReadingGrid, SewersDataset, StationRecord, VillageRecord, WaterDataset } from '../src/domain/dataset';
import { env } from '../src/config/env';
import { contractRoutes } from '../src/contract/routes';
import type { DailyGrid } from '../src/domain/readings';
import type { SewersDerived } from '../src/domain/sewers-figures';
import {
  once,
  sewersPartOf,
  waterPartOf,
  type ServedDataset,
  type SewersPart,
  type WaterPart,
} from '../src/contract/served-dataset';
import type { MockRoute } from './scenarios';

/**
 * The mock's dataset: the illustrative files of `data/` (lazy chunks), the import a `VITE_DATASET=imported` build
 * ships, or the import chosen in this browser, read by the contract's routes through `activeDataset()`.
 */
/** A data file's content, loaded on first use: the module system loads each file once, and keeps it. */
const lazyJson =
  <T>(load: () => Promise<{ default: T }>) =>
  () =>
    load().then((module) => module.default);

/** Casts a JSON module to the dataset type it was written from (the generator's test checks the bytes). */
const as = <T>(value: unknown) => value as T;

const files = {
  meta: lazyJson(() => import('../data/meta.json')),
  stations: lazyJson(() => import('../data/stations.json')),
  readings: lazyJson(() => import('../data/readings.json')),
  daily: lazyJson(() => import('../data/water-daily.json')),
  events: lazyJson(() => import('../data/transfer-events.json')),
  waterFigures: lazyJson(() => import('../data/water-figures.json')),
  towns: lazyJson(() => import('../data/sewers-towns.json')),
  villages: lazyJson(() => import('../data/sewers-villages.json')),
  progress: lazyJson(() => import('../data/sewers-progress.json')),
  sewersFigures: lazyJson(() => import('../data/sewers-figures.json')),
};

/** The illustrative dataset of `data/`, with the figures the generator derived from it. */
export const illustrativeDataset: ServedDataset = {
  generatedAt: () => files.meta().then((m) => m.generatedAt),
  water: {
    source: () => Promise.resolve({ kind: 'illustrative' }),
    stations: () => files.stations().then((f) => as<StationRecord[]>(f.stations)),
    events: () => files.events().then((f) => f.events),
    readings: () => files.readings().then((f) => as<ReadingGrid>(f)),
    daily: () => files.daily().then((f) => as<DailyGrid>(f)),
    derived: () => files.waterFigures().then((f) => as<WaterDerived>(f)),
  },
  sewers: {
    source: () => Promise.resolve({ kind: 'illustrative' }),
    towns: () => files.towns().then((f) => f.towns),
    villages: () => files.villages().then((f) => as<VillageRecord[]>(f.villages)),
    progress: () => files.progress().then((f) => f.progress),
    derived: () => files.sewersFigures().then((f) => as<SewersDerived>(f)),
  },
};

/**
 * The import a `VITE_DATASET=imported` build ships (`npm run data:import` wrote it to the git-ignored
 * `data/imported/`); in any other build the glob matches nothing and this is never used.
 */
const shipped = import.meta.glob<{ default: unknown }>('../data/imported/*.json');
const shippedFile = <T>(name: string) =>
  once(() => {
    const load = shipped[`../data/imported/${name}`];
    if (!load) return Promise.reject(new Error(`data/imported/${name} was not built in`));
    return load().then((module) => module.default as T);
  });
const shippedWater = once(() =>
  Promise.all([shippedFile<WaterDataset>('water.json')(), shippedFile<WaterDerived>('water-figures.json')()]).then(
    ([dataset, derived]) => waterPartOf({ dataset, derived }),
  ),
);

const shippedSewers = once(() =>
  Promise.all([shippedFile<SewersDataset>('sewers.json')(), shippedFile<SewersDerived>('sewers-figures.json')()]).then(
    ([dataset, derived]) => sewersPartOf({ dataset, derived }),
  ),
);
const ships = (name: string) => env.dataset === 'imported' && `../data/imported/${name}` in shipped;

/** The deployment's own data of each part: what a `VITE_DATASET=imported` build ships, else the illustrative. */
export const defaultWater = (): Promise<WaterPart> =>
  ships('water.json') ? shippedWater() : Promise.resolve(illustrativeDataset.water);
export const defaultSewers = (): Promise<SewersPart> =>
  ships('sewers.json') ? shippedSewers() : Promise.resolve(illustrativeDataset.sewers);

/** A part whose data is still loading: each accessor waits for it, so that no request is answered from the wrong data. */
function deferred<P extends WaterPart | SewersPart>(pending: Promise<P>, keys: readonly (keyof P)[]): P {
  return Object.fromEntries(
    keys.map((key) => [key, () => pending.then((part) => (part[key] as () => Promise<unknown>)())]),
  ) as unknown as P;
}

/**
 * The active dataset while its parts load from IndexedDB (DESIGN §7 "Kept"): each part the chosen import or the
 * default; `generatedAt` the newest import's time, or the generator's when both parts are the built-in data.
 */
export function withStoredParts(
  pending: Promise<{ water: WaterPart; sewers: SewersPart; generatedAt: string | null }>,
): ServedDataset {
  return {
    generatedAt: () => pending.then(({ generatedAt }) => generatedAt ?? illustrativeDataset.generatedAt()),
    water: deferred(
      pending.then((p) => p.water),
      ['source', 'stations', 'events', 'readings', 'daily', 'derived'],
    ),
    sewers: deferred(
      pending.then((p) => p.sewers),
      ['source', 'towns', 'villages', 'progress', 'derived'],
    ),
  };
}

let active: ServedDataset = illustrativeDataset;

export const activeDataset = () => active;

/** The contract's read routes, answered from the mock's active dataset: the happy path every mock host serves. */
export const mockRoutes: readonly MockRoute[] = contractRoutes.map(({ group, path, answer, empty }) => ({
  group,
  path,
  resolve: (url) => answer(url, active),
  empty,
}));

/** Makes `dataset` the one the handlers serve (issue 8's imports; tests). */
export function setActiveDataset(dataset: ServedDataset): void {
  active = dataset;
}

/**
 * Starts loading what most screens need while the app starts, so that the first requests do not wait for it. The
 * 4-hourly readings (only `/water-quality?interval=4h` asks for them) and the village list (only the sewer table)
 * load on first use.
 */
export function preloadActiveDataset(): void {
  const { water, sewers } = active;
  for (const load of [active.generatedAt, water.stations, water.events, water.daily, water.derived, sewers.derived])
    void load();
}
