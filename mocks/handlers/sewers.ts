import { loadProgress, loadSewersSummary, loadTowns, loadVillages } from '../data-source';
import { badRequest } from '../problem';
import { oneOf } from '../params';
import type { MockRoute } from '../route';

const STATUSES = ['not_started', 'in_progress', 'completed'] as const;

/** The optional single `town` parameter, checked against the known towns. */
async function townParam(url: URL) {
  const { towns } = await loadTowns();
  const checked = oneOf(
    url,
    'town',
    towns.map((t) => t.id),
  );
  if (!checked.ok) return checked;
  if (checked.value.length > 1) return { ok: false, response: badRequest("'town' may be given once") } as const;
  return { ok: true, value: checked.value[0] } as const;
}

const zeroCounts = { total: 0, completed: 0, inProgress: 0, notStarted: 0 };

export const sewersRoutes: MockRoute[] = [
  {
    group: 'sewers',
    path: '/sewers/summary',
    resolve: () => loadSewersSummary(),
    empty: () => ({
      asOf: '2024-03-31T20:00:00+08:00',
      period: { start: '2022-01-01', end: '2025-12-31' },
      villages: zeroCounts,
      pipelineKm: { planned: 0, built: 0 },
    }),
  },
  {
    group: 'sewers',
    path: '/sewers/towns',
    resolve: () => loadTowns(),
    empty: () => ({ towns: [] }),
  },
  {
    group: 'sewers',
    path: '/sewers/progress',
    async resolve(url) {
      const town = await townParam(url);
      if (!town.ok) return town.response;
      const progress = await loadProgress();
      const towns = progress.towns as Record<string, typeof progress.programme>;
      return { months: town.value ? towns[town.value] : progress.programme };
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
      const { villages } = await loadVillages();
      return {
        villages: villages.filter(
          (v) =>
            (!town.value || v.townId === town.value) &&
            (!statuses.value.length || statuses.value.includes(v.status as (typeof STATUSES)[number])) &&
            (!q || v.name.zh.includes(q) || v.name.en.toLowerCase().includes(q)),
        ),
      };
    },
    empty: () => ({ villages: [] }),
  },
];
