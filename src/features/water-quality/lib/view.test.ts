import { describe, expect, it } from 'vitest';
import type { Station } from '../../../api/water-quality';
import type { PresetSummary } from '../../../stories/water-summary';
import {
  presetRange,
  resolveView,
  viewSearch,
  viewSeriesParams,
  lastYearSeriesParams,
  type WaterQualitySearch,
} from './view';
import { at, transfer } from '../../../testing/xinmeng-summary';

const station = (id: string): Station => ({
  id,
  name: { zh: id, en: id },
  kind: 'lake',
  headline: false,
  location: { lat: 31.6, lon: 119.8 },
  cadenceMinutes: 240,
});
const stations = ['gh-n', 'gh-c', 'gh-s', 'gh-e', 'bgh'].map(station);
/** A transfer still running at as-of: "during" runs to the slot after it, no "after". */
const running: PresetSummary = {
  ...transfer,
  event: { ...transfer.event, end: null },
  windows: {
    ...transfer.windows,
    during: { from: at('2023-10-10T00:00:00'), to: at('2024-04-01T00:00:00') },
    after: null,
  },
};

describe('presetRange', () => {
  it.each([
    ['before', { from: '2023-09-10', to: '2023-10-09' }],
    ['during', { from: '2023-10-10', to: '2023-12-31' }],
    ['after', { from: '2024-01-01', to: '2024-03-31' }],
    ['lastYear', { from: '2023-10-10', to: '2023-12-31' }],
    ['story', { from: '2023-07-01', to: '2024-03-31' }],
    ['all', {}],
  ] as const)('%s the transfer', (preset, range) => {
    expect(presetRange(preset, transfer)).toEqual(range);
  });

  it('runs "during" to as-of and has no "after" while the transfer runs; only "all" without a transfer', () => {
    expect(presetRange('during', running)).toEqual({ from: '2023-10-10', to: '2024-03-31' });
    expect(presetRange('after', running)).toBeNull();
    expect(presetRange('before', null)).toBeNull();
    expect(presetRange('all', null)).toEqual({});
  });
});

describe('resolveView', () => {
  it('defaults to every station, the story around the transfer, daily means, no last year', () => {
    expect(resolveView({}, stations, transfer)).toEqual({
      stationIds: ['gh-n', 'gh-c', 'gh-s', 'gh-e', 'bgh'],
      allStations: true,
      preset: 'story',
      from: '2023-07-01',
      to: '2024-03-31',
      interval: '1d',
      lastYear: false,
    });
    // without a transfer, the story is the whole dataset
    const whole = resolveView({}, stations, null);
    expect([whole.preset, whole.from, whole.to]).toEqual(['story', undefined, undefined]);
  });

  it('draws last year behind the transfer with its preset, or anywhere when asked', () => {
    expect(resolveView({ preset: 'lastYear' }, stations, transfer)).toMatchObject({
      preset: 'lastYear',
      from: '2023-10-10',
      to: '2023-12-31',
      lastYear: true,
    });
    expect(resolveView({ preset: 'after', lastYear: true }, stations, transfer)).toMatchObject({ lastYear: true });
  });

  it('keeps known stations in the API order and a preset period', () => {
    const view = resolveView({ stations: 'bgh,gh-c', preset: 'during', interval: '4h' }, stations, transfer);
    expect(view).toEqual({
      stationIds: ['gh-c', 'bgh'],
      allStations: false,
      preset: 'during',
      from: '2023-10-10',
      to: '2023-12-31',
      interval: '4h',
      lastYear: false,
    });
  });

  it('prefers a valid free range over a preset', () => {
    const view = resolveView({ preset: 'after', from: '2023-11-01', to: '2023-11-30' }, stations, transfer);
    expect(view).toMatchObject({ preset: 'custom', from: '2023-11-01', to: '2023-11-30' });
  });

  it.each<[string, WaterQualitySearch]>([
    ['unknown stations', { stations: 'nowhere,<b>' }],
    ['an empty station list', { stations: ',' }],
    ['a reversed range', { from: '2024-01-10', to: '2023-12-01' }],
    ['an impossible date', { from: '2023-02-30', to: '2023-03-01' }],
    ['half a range', { from: '2023-11-01' }],
  ])('falls back to the defaults on %s', (_, search) => {
    expect(resolveView(search, stations, transfer)).toEqual(resolveView({}, stations, transfer));
  });

  it('falls back to the story (the whole period) when a preset needs a transfer that is not there', () => {
    const view = resolveView({ preset: 'before' }, stations, null);
    expect([view.preset, view.from]).toEqual(['story', undefined]);
  });
});

describe('viewSeriesParams and viewSearch', () => {
  it('leave defaults out, so that the default view shares the cache and has a clean URL', () => {
    const view = resolveView({}, stations, transfer);
    expect(viewSeriesParams(view)).toEqual({ from: '2023-07-01', to: '2024-03-31', interval: '1d' });
    expect(viewSearch(view)).toEqual({
      stations: undefined,
      preset: undefined,
      from: undefined,
      to: undefined,
      interval: undefined,
      lastYear: undefined,
    });
    expect(viewSeriesParams(resolveView({ preset: 'all' }, stations, transfer))).toEqual({ interval: '1d' });
  });

  it('round-trip a chosen view through the URL', () => {
    const searches: WaterQualitySearch[] = [
      { stations: 'gh-c,bgh', preset: 'during', interval: '4h' },
      { stations: 'gh-n', from: '2023-11-01', to: '2023-11-30' },
      { preset: 'before' },
      { preset: 'lastYear', stations: 'gh-c' },
      { preset: 'after', lastYear: true },
      { preset: 'lastYear', lastYear: false },
    ];
    for (const search of searches) {
      const view = resolveView(search, stations, transfer);
      expect(resolveView(viewSearch(view), stations, transfer)).toEqual(view);
    }
    expect(viewSeriesParams(resolveView(searches[0]!, stations, transfer))).toEqual({
      stations: ['gh-c', 'bgh'],
      from: '2023-10-10',
      to: '2023-12-31',
      interval: '4h',
    });
  });
});

describe('lastYearSeriesParams', () => {
  it('asks for the same stations and interval one calendar year earlier, 29 February → 28 February', () => {
    const view = resolveView({ stations: 'gh-c', interval: '4h' }, stations, transfer);
    expect(lastYearSeriesParams(view, { from: '2024-02-29', to: '2024-03-31' })).toEqual({
      stations: ['gh-c'],
      from: '2023-02-28',
      to: '2023-03-31',
      interval: '4h',
    });
  });
});
