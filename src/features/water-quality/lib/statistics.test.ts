import { describe, expect, it } from 'vitest';
import type { SeriesResponse, Station } from '../../../api/water-quality';
import { DAY_MS, HOUR_MS, parseShanghaiDate } from '../../../domain/shanghai-time';
import type { Reading } from '../../../domain/water-stats';
import { computeStatistics, periodStats, sortByArrival, stationStatistics } from './statistics';
import { primaryTransfer } from './transfer';

const name = { zh: '站', en: 'Station' };
const station = (id: string, kind: Station['kind'] = 'lake'): Station => ({
  id,
  name,
  kind,
  headline: false,
  location: { lat: 31.6, lon: 119.8 },
});

const start = parseShanghaiDate('2023-10-10')!;
const transfer = { start, end: start + 20 * DAY_MS };

/**
 * 4-hourly readings from 40 days before the transfer to 10 days after it: `before` until the start, `during` from
 * `lagDays` after it (the baseline value until then), `after` once it ended.
 */
function readings(before: number, during: number, after: number, lagDays = 0): [number, number | null][] {
  const points: [number, number | null][] = [];
  for (let t = start - 40 * DAY_MS; t < transfer.end + 10 * DAY_MS; t += 4 * HOUR_MS) {
    const value = t < start + lagDays * DAY_MS ? before : t < transfer.end ? during : after;
    points.push([t, value]);
  }
  return points;
}

describe('periodStats', () => {
  it('gives mean, min, max, count and the share at class III or better', () => {
    // NH3-N class III limit is 1.0: 0.4, 1.0 meet it (a value equal to the limit stays in the class), 1.2 does not
    const stats = periodStats([0.4, 1.0, 1.2, 0.6], 'nh3n', 'lake');
    expect(stats).toEqual({ mean: expect.closeTo(0.8), min: 0.4, max: 1.2, count: 4, classIIIShare: 0.75 });
  });

  it('is empty without readings and has no class share where GB 3838 has no class', () => {
    expect(periodStats([], 'nh3n', 'lake')).toEqual({
      mean: null,
      min: null,
      max: null,
      count: 0,
      classIIIShare: null,
    });
    expect(periodStats([2.1, 2.3], 'tn', 'inflow').classIIIShare).toBeNull();
    expect(periodStats([2.1, 2.3], 'tn', 'outflow').classIIIShare).toBe(0);
  });
});

describe('stationStatistics', () => {
  it('splits the readings at the transfer and computes the change during vs the 30 days before', () => {
    const stats = stationStatistics(station('gh-c'), 'nh3n', readings(0.6, 0.3, 0.5), transfer);
    expect(stats.before).toMatchObject({ mean: expect.closeTo(0.6), count: 30 * 6 });
    expect(stats.during).toMatchObject({ mean: expect.closeTo(0.3), count: 20 * 6 });
    // "after" runs to the last reading, which it includes
    expect(stats.after).toMatchObject({ mean: expect.closeTo(0.5), count: 10 * 6 });
    expect(stats.change).toBeCloseTo(-0.5);
    // halved from the first day, the trailing 7-day mean still holds baseline days: (4 × 0.6 + 3 × 0.3) / 7 ≤ 0.48 on day 2
    expect(stats.lag).toBe(2);
    expect(stats.classified).toBe(true);
  });

  it('ignores gaps and measures the arrival lag on daily means', () => {
    const points = readings(0.6, 0.3, 0.5, 6).map(([t, v], i): Reading => [t, i % 5 === 0 ? null : v]);
    const stats = stationStatistics(station('gh-s'), 'nh3n', points, transfer);
    expect(stats.before.mean).toBeCloseTo(0.6);
    // from day 6 on the daily mean is half the baseline; the 7-day mean reaches 80 % (0.48) on day 8
    expect(stats.lag).toBe(8);
  });

  it('reports no lag when the water never arrives and no change without a baseline', () => {
    expect(stationStatistics(station('x'), 'tn', readings(2, 1.9, 2), transfer).lag).toBeNull();
    const late = readings(2, 1.5, 2).filter(([t]) => t >= start);
    const stats = stationStatistics(station('x'), 'tn', late, transfer);
    expect(stats.change).toBeNull();
    expect(stats.lag).toBeNull();
    expect(stats.before.count).toBe(0);
  });

  it('runs "during" to the last reading while the transfer has no end', () => {
    const stats = stationStatistics(station('x'), 'nh3n', readings(0.6, 0.3, 0.3), { start, end: null });
    expect(stats.during.count).toBe(30 * 6);
    expect(stats.after.count).toBe(0);
  });
});

describe('computeStatistics and sortByArrival', () => {
  const stations = [station('gh-n'), station('gh-c'), station('bgh', 'inflow'), station('gh-e', 'outflow')];
  const series: SeriesResponse = {
    interval: '4h',
    from: '2023-08-31',
    to: '2023-11-08',
    indicators: [],
    series: [
      { stationId: 'gh-c', indicator: 'nh3n', points: readings(0.6, 0.3, 0.5, 10) },
      { stationId: 'gh-c', indicator: 'tn', points: readings(2, 1.5, 1.8, 12) },
      { stationId: 'bgh', indicator: 'nh3n', points: readings(0.7, 0.2, 0.6, 0) },
      { stationId: 'bgh', indicator: 'tn', points: readings(2.4, 1.7, 2.3, 3) },
      { stationId: 'gh-e', indicator: 'nh3n', points: readings(0.6, 0.58, 0.6) },
      { stationId: 'gh-n', indicator: 'nh3n', points: readings(0.6, 0.3, 0.5, 10) },
      { stationId: 'gh-n', indicator: 'tn', points: readings(2, 1.5, 1.8, 4) },
    ],
  };

  it('covers every station and indicator in the series, in the stations’ order', () => {
    const rows = computeStatistics(series, stations, transfer);
    expect(rows.map((r) => `${r.station.id}/${r.indicator}`)).toEqual([
      'gh-n/nh3n',
      'gh-n/tn',
      'gh-c/nh3n',
      'gh-c/tn',
      'bgh/nh3n',
      'bgh/tn',
      'gh-e/nh3n',
    ]);
    expect(rows.find((r) => r.station.id === 'bgh' && r.indicator === 'tn')!.classified).toBe(false);
  });

  it('sorts stations by NH3-N arrival, TN breaking ties, never-reached last', () => {
    const rows = computeStatistics(series, stations, transfer);
    expect(sortByArrival(rows).map((s) => s.id)).toEqual(['bgh', 'gh-n', 'gh-c', 'gh-e']);
  });

  it('reports on the first listed transfer', () => {
    const event = { id: 'a', name, source: name, start, end: null, flowM3s: 100, note: name };
    expect(primaryTransfer([event, { ...event, id: 'b' }])!.id).toBe('a');
    expect(primaryTransfer([])).toBeNull();
  });
});
