import { describe, expect, it } from 'vitest';
import type { StationFigures } from '../../api/water-quality';
import { replayStation } from './map-input';

const DAY = 86_400_000;
/** 2023-10-10 00:00 in Shanghai, the transfer's first day; it ends at the start of 2024-01-01. */
const start = Date.UTC(2023, 9, 9, 16);
const end = Date.UTC(2023, 11, 31, 16);
const stats = (mean: number | null) => ({
  mean,
  min: mean,
  max: mean,
  count: 30,
  shareClassIIIOrBetter: null,
  coverage: mean === null ? ('empty' as const) : ('ok' as const),
});
const figures = (lagDays: number | null, after: number | null): StationFigures => ({
  stationId: 'gh-c',
  indicator: 'nh3n',
  latest: null,
  // Class III before (0.5 < 0.62 ≤ 1.0), class II during (0.15 < 0.31 ≤ 0.5), class I after.
  baseline: stats(0.62),
  during: stats(0.31),
  after: after === null ? null : stats(after),
  lastYearBaseline: stats(null),
  lastYearDuring: stats(null),
  change: null,
  changeVsLastYear: null,
  netOfSeasonPts: null,
  lagDays,
  reasons: {
    change: 'last-year-empty',
    changeVsLastYear: 'last-year-empty',
    netOfSeasonPts: 'last-year-empty',
    lagDays: lagDays === null ? 'not-reached' : null,
  },
  tones: { change: null, changeVsLastYear: null },
});

describe('replayStation', () => {
  const event = { start, end };
  it('keeps the class of before the transfer until the water shows, then takes the class of during', () => {
    const station = figures(11, 0.12);
    expect(replayStation(station, event, start - DAY, 'lake')).toEqual({ value: 0.62, waterClass: 'III' });
    expect(replayStation(station, event, start, 'lake')).toEqual({ value: 0.62, waterClass: 'III', arrival: null });
    expect(replayStation(station, event, start + 10 * DAY, 'lake')).toMatchObject({ waterClass: 'III', arrival: null });
    expect(replayStation(station, event, start + 11 * DAY, 'lake')).toEqual({
      value: 0.31,
      waterClass: 'II',
      arrival: 11,
    });
    // once the transfer is over: the class of after, the arrival still said
    expect(replayStation(station, event, end, 'lake')).toEqual({ value: 0.12, waterClass: 'I', arrival: 11 });
  });

  it('never changes a station the water did not reach, and stays on during without an after window', () => {
    expect(replayStation(figures(null, null), event, end - DAY, 'lake')).toMatchObject({
      waterClass: 'III',
      arrival: null,
    });
    // Too little data to tell: nothing said of its arrival at all.
    const unknown = {
      ...figures(null, null),
      reasons: { ...figures(null, null).reasons, lagDays: 'too-few-days' as const },
    };
    expect(replayStation(unknown, event, end - DAY, 'lake')).toEqual({ value: 0.62, waterClass: 'III' });
    expect(replayStation(figures(0, null), event, end + DAY, 'lake')).toEqual({
      value: 0.31,
      waterClass: 'II',
      arrival: 0,
    });
  });
});
