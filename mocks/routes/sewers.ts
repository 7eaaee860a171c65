import { activeDataset } from '../active-dataset';
import { oneOf, single } from '../params';
import type { MockRoute } from '../route';

const STATUSES = ['not_started', 'in_progress', 'completed'] as const;

/** The optional single `town` parameter, checked against the active dataset's towns. */
async function townParam(url: URL) {
  const towns = await activeDataset().sewers.towns();
  return single(
    url,
    'town',
    towns.map((t) => t.id),
  );
}

const zeroCounts = { total: 0, completed: 0, inProgress: 0, notStarted: 0 };

export const sewersRoutes: MockRoute[] = [
  {
    group: 'sewers',
    path: '/sewers/summary',
    resolve: async () => (await activeDataset().sewers.derived()).summary,
    empty: () => ({
      asOf: '2024-03-31T20:00:00+08:00',
      period: { start: '2022-01-01', end: '2025-12-31' },
      villages: zeroCounts,
      pipelineKm: { planned: 0, built: 0 },
      shareOfTotal: { villages: null, km: null },
      plan: null,
      standing: null,
    }),
  },
  {
    group: 'sewers',
    path: '/sewers/towns',
    resolve: async () => ({ towns: (await activeDataset().sewers.derived()).towns }),
    empty: () => ({ towns: [] }),
  },
  {
    group: 'sewers',
    path: '/sewers/progress',
    async resolve(url) {
      const town = await townParam(url);
      if (!town.ok) return town.response;
      const sewers = activeDataset().sewers;
      const months = town.value ? (await sewers.progress())[town.value] : (await sewers.derived()).programme;
      return { months: months ?? [] };
    },
    empty: () => ({ months: [] }),
  },
  {
    group: 'sewers',
    path: '/sewers/villages',
    async resolve(url) {
      const town = await townParam(url);
      if (!town.ok) return town.response;
      const statuses = oneOf(url, 'status', STATUSES);
      if (!statuses.ok) return statuses.response;
      const q = (url.searchParams.get('q') ?? '').trim().toLowerCase();
      const villages = await activeDataset().sewers.villages();
      return {
        villages: villages.filter(
          (v) =>
            (!town.value || v.townId === town.value) &&
            (!statuses.value.length || statuses.value.includes(v.status)) &&
            (!q || v.name.zh.includes(q) || v.name.en.toLowerCase().includes(q)),
        ),
      };
    },
    empty: () => ({ villages: [] }),
  },
];
