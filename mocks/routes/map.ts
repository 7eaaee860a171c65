import type { MockRoute } from '../route';

let geometry: Promise<object> | undefined;

/** The schematic map's lake and rivers: fixed geometry, the same whatever data is active (`data/map-geometry.json`). */
export const mapRoutes: MockRoute[] = [
  {
    group: 'water-quality',
    path: '/map/geometry',
    resolve: () => (geometry ??= import('../../data/map-geometry.json').then((module) => module.default)),
  },
];
