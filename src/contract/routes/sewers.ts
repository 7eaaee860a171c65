import { ok } from '../answer';
import { oneOf, single } from '../params';
import type { ContractRoute } from '../route';
import type { SewersPart } from '../served-dataset';

const STATUSES = ['not_started', 'in_progress', 'completed'] as const;

/** The optional single `town` parameter, checked against the active dataset's towns. */
async function townParam(url: URL, sewers: SewersPart) {
  const towns = await sewers.towns();
  return single(
    url,
    'town',
    towns.map((t) => t.id),
  );
}

const zeroCounts = { total: 0, completed: 0, inProgress: 0, notStarted: 0 };

export const sewersRoutes: ContractRoute[] = [
  {
    group: 'sewers',
    path: '/sewers/summary',
    answer: async (_url, { sewers }) => ok((await sewers.derived()).summary),
    empty: () =>
      ok({
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
    answer: async (_url, { sewers }) => ok({ towns: (await sewers.derived()).towns }),
    empty: () => ok({ towns: [] }),
  },
  {
    group: 'sewers',
    path: '/sewers/progress',
    async answer(url, { sewers }) {
      const town = await townParam(url, sewers);
      if (!town.ok) return town.response;
      const months = town.value ? (await sewers.progress())[town.value] : (await sewers.derived()).programme;
      return ok({ months: months ?? [] });
    },
    empty: () => ok({ months: [] }),
  },
  {
    group: 'sewers',
    path: '/sewers/villages',
    async answer(url, { sewers }) {
      const town = await townParam(url, sewers);
      if (!town.ok) return town.response;
      const statuses = oneOf(url, 'status', STATUSES);
      if (!statuses.ok) return statuses.response;
      const q = (url.searchParams.get('q') ?? '').trim().toLowerCase();
      const villages = await sewers.villages();
      return ok({
        villages: villages.filter(
          (v) =>
            (!town.value || v.townId === town.value) &&
            (!statuses.value.length || statuses.value.includes(v.status)) &&
            (!q || v.name.zh.includes(q) || v.name.en.toLowerCase().includes(q)),
        ),
      });
    },
    empty: () => ok({ villages: [] }),
  },
];
