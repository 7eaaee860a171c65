import { describe, expect, it } from 'vitest';
import { freshnessOf } from './use-freshness';

type State = Parameters<typeof freshnessOf>[0][number]['state'];
const query = (state: Partial<State>) => ({
  state: { data: undefined, dataUpdatedAt: 0, status: 'pending', ...state } as State,
});
const ok = (at: number) => query({ data: {}, dataUpdatedAt: at, status: 'success' });

describe('freshnessOf', () => {
  it('is loading with nothing on screen yet, or while some data has not arrived', () => {
    expect(freshnessOf([])).toEqual({ state: 'loading', updatedAt: null });
    expect(freshnessOf([ok(5000), query({})])).toEqual({ state: 'loading', updatedAt: 5000 });
  });

  it('is fresh when every query has data, dated by the oldest', () => {
    expect(freshnessOf([ok(5000), ok(3000), ok(4000)])).toEqual({ state: 'fresh', updatedAt: 3000 });
  });

  it('turns stale when any refresh fails, keeping the time of the last success', () => {
    const failed = query({ data: {}, dataUpdatedAt: 2000, status: 'error' });
    expect(freshnessOf([ok(5000), failed])).toEqual({ state: 'stale', updatedAt: 2000 });
  });

  it('is stale without a time when a query never had data and failed', () => {
    expect(freshnessOf([query({ status: 'error' })])).toEqual({ state: 'stale', updatedAt: null });
  });
});
