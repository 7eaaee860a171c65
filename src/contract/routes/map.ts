import { ok } from '../answer';
import type { ContractRoute } from '../route';

let geometry: Promise<object> | undefined;

/** The schematic map's lake and rivers: fixed geometry, the same whatever data is active (`data/map-geometry.json`). */
export const mapRoutes: ContractRoute[] = [
  {
    group: 'water-quality',
    path: '/map/geometry',
    answer: async () =>
      ok(await (geometry ??= import('../../../data/map-geometry.json').then((module) => module.default))),
  },
];
