import { useQueryClient, type Query } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';

export interface Freshness {
  /** `loading` until every query on screen has data once; `stale` while any of them fails. */
  state: 'loading' | 'fresh' | 'stale';
  /** When the oldest data on screen was fetched (epoch ms), or null before any arrived. */
  updatedAt: number | null;
}

/** How fresh the data behind these queries is. */
export function freshnessOf(queries: readonly Pick<Query, 'state'>[]): Freshness {
  const withData = queries.filter((q) => q.state.data !== undefined);
  const updatedAt = withData.length > 0 ? Math.min(...withData.map((q) => q.state.dataUpdatedAt)) : null;
  if (queries.some((q) => q.state.status === 'error')) return { state: 'stale', updatedAt };
  if (queries.length === 0 || withData.length < queries.length) return { state: 'loading', updatedAt };
  return { state: 'fresh', updatedAt };
}

const encode = ({ state, updatedAt }: Freshness) => `${state}:${updatedAt ?? ''}`;
const decode = (key: string): Freshness => {
  const [state, time] = key.split(':') as [Freshness['state'], string];
  return { state, updatedAt: time === '' ? null : Number(time) };
};

/** The freshness of every query the screen shows now, following the query cache. */
export function useFreshness(): Freshness {
  const queryCache = useQueryClient().getQueryCache();
  const subscribe = useCallback((onChange: () => void) => queryCache.subscribe(onChange), [queryCache]);
  // A string snapshot, so that React sees "unchanged" without a cache of objects.
  const key = useSyncExternalStore(subscribe, () => encode(freshnessOf(queryCache.findAll({ type: 'active' }))));
  return decode(key);
}
