import { describe, expect, it } from 'vitest';
import type { Town } from '../../../api/sewers';
import { parseSort, resolveSewersView, sewersSearch } from './view';

const towns = ['jiaze', 'luoyang'].map((id): Town => ({
  id,
  name: { zh: id, en: id },
  location: { lat: 31.6, lon: 119.8 },
  villages: { total: 1, completed: 0, inProgress: 0, notStarted: 1 },
  pipelineKm: { planned: 1, built: 0 },
  shareOfTotal: { villages: 0, km: 0 },
  plan: null,
  standing: null,
}));

describe('the sewers view in the URL', () => {
  it('defaults to the whole programme, every village, unsorted, counted in villages', () => {
    expect(resolveSewersView({}, towns)).toEqual({ town: null, status: null, q: '', sort: null, measure: 'villages' });
  });

  it('keeps a known town, a status, a search and a sort, and round-trips through the URL', () => {
    const search = { town: 'luoyang', status: 'not_started', q: '塘', sort: 'households.desc', measure: 'km' } as const;
    const view = resolveSewersView(search, towns);
    expect(view).toEqual({
      town: 'luoyang',
      status: 'not_started',
      q: '塘',
      sort: { column: 'households', desc: true },
      measure: 'km',
    });
    expect(sewersSearch(view)).toEqual(search);
    expect(sewersSearch(resolveSewersView({}, towns))).toEqual({
      town: undefined,
      status: undefined,
      q: undefined,
      sort: undefined,
      measure: undefined,
    });
  });

  it('drops an unknown town, and any town until the towns are known', () => {
    expect(resolveSewersView({ town: 'atlantis' }, towns).town).toBeNull();
    expect(resolveSewersView({ town: 'jiaze' }, undefined).town).toBeNull();
  });

  it.each([
    ['name', { column: 'name', desc: false }],
    ['completedOn.desc', { column: 'completedOn', desc: true }],
    ['name.up', null],
    ['salary', null],
    ['name.desc.x', null],
    ['', null],
  ])('reads sort "%s"', (text, sort) => {
    expect(parseSort(text)).toEqual(sort);
  });
});
