import { loadMeta } from '../data-source';
import type { MockRoute } from '../route';

export const metaRoutes: MockRoute[] = [
  {
    group: 'meta',
    path: '/meta',
    resolve: () => loadMeta(),
  },
];
