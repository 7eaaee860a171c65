import type { VillageStatus } from '../../../domain/dataset';
import type { Town } from '../../../api/sewers';

/** What the sewers page shows, as it lives in the URL. Anything that cannot be honoured falls back to the default. */

export const MEASURES = ['villages', 'km'] as const;
export type Measure = (typeof MEASURES)[number];

export const VILLAGE_COLUMNS = [
  'name',
  'town',
  'status',
  'households',
  'treatment',
  'plannedKm',
  'builtKm',
  'startedOn',
  'completedOn',
] as const;
export type VillageColumn = (typeof VILLAGE_COLUMNS)[number];

export interface SewersSearch {
  town?: string;
  status?: VillageStatus;
  q?: string;
  /** `column` or `column.desc`. */
  sort?: string;
  measure?: Measure;
}

export interface VillageSort {
  column: VillageColumn;
  desc: boolean;
}

export interface SewersView {
  /** A known town, or null for the whole programme. */
  town: string | null;
  status: VillageStatus | null;
  q: string;
  sort: VillageSort | null;
  measure: Measure;
}

export function parseSort(text: string | undefined): VillageSort | null {
  const [column, direction, ...rest] = (text ?? '').split('.');
  if (rest.length > 0 || !VILLAGE_COLUMNS.includes(column as VillageColumn)) return null;
  if (direction !== undefined && direction !== 'desc') return null;
  return { column: column as VillageColumn, desc: direction === 'desc' };
}

export const formatSort = (sort: VillageSort | null) =>
  sort === null ? undefined : `${sort.column}${sort.desc ? '.desc' : ''}`;

export function resolveSewersView(search: SewersSearch, towns: readonly Town[] | undefined): SewersView {
  const town = search.town !== undefined && towns?.some((t) => t.id === search.town) ? search.town : null;
  return {
    town,
    status: search.status ?? null,
    q: search.q ?? '',
    sort: parseSort(search.sort),
    measure: search.measure ?? 'villages',
  };
}

/** The search params that show `view`, defaults left out. */
export function sewersSearch(view: SewersView): SewersSearch {
  return {
    town: view.town ?? undefined,
    status: view.status ?? undefined,
    q: view.q === '' ? undefined : view.q,
    sort: formatSort(view.sort),
    measure: view.measure === 'villages' ? undefined : view.measure,
  };
}
