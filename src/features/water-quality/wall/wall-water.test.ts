import { describe, expect, it } from 'vitest';
import type { SeriesResponse, Station, TransferEvent } from '../../../api/water-quality';
import { DAY_MS, HOUR_MS, parseShanghaiDate } from '../../../domain/shanghai-time';
import { dayFigures, readingsUntil, transferDay, wallWater } from './wall-water';

const station = (id: string, kind: Station['kind'] = 'lake'): Station => ({
  id,
  name: { zh: id, en: id },
  kind,
  headline: id === 'mid',
  location: { lat: 31.6, lon: 119.8 },
});
const stations = [station('far'), station('mid'), station('near', 'inflow')];

const start = parseShanghaiDate('2023-10-10')!;
const event: TransferEvent = {
  id: 'xinmeng-2023',
  name: { zh: '调水', en: 'Transfer' },
  source: { zh: '新孟河', en: 'Xinmeng River' },
  start,
  end: start + 20 * DAY_MS,
  flowM3s: 100,
  note: { zh: '', en: '' },
};
const first = start - 40 * DAY_MS;

/** 4-hourly readings: `before` until the water arrives `lagDays` after the start, then `during`. */
function points(before: number, during: number, lagDays: number): [number, number | null][] {
  const out: [number, number | null][] = [];
  for (let t = first; t < start + 30 * DAY_MS; t += 4 * HOUR_MS)
    out.push([t, t < start + lagDays * DAY_MS ? before : during]);
  return out;
}

const series: SeriesResponse = {
  interval: '4h',
  from: '2023-08-31',
  to: '2023-11-08',
  indicators: [],
  series: [
    { stationId: 'far', indicator: 'nh3n', points: points(0.6, 0.3, 15) },
    { stationId: 'far', indicator: 'tn', points: points(2, 1.5, 16) },
    { stationId: 'mid', indicator: 'nh3n', points: points(0.6, 0.3, 8) },
    { stationId: 'mid', indicator: 'tn', points: points(2, 1.5, 9) },
    { stationId: 'near', indicator: 'nh3n', points: points(0.8, 0.2, 0) },
    { stationId: 'near', indicator: 'tn', points: points(2.5, 1.6, 0) },
  ],
};

describe('wallWater', () => {
  it('puts the headline station first, then the others by when the water reached them, each in its desk style', () => {
    const water = wallWater(series, stations, [event]);
    expect(water.stations.map((s) => [s.station.id, s.style])).toEqual([
      ['mid', 1],
      ['near', 2],
      ['far', 0],
    ]);
    // the trailing 7-day mean falls to 80 % of the baseline a day or two after a step change
    expect(water.stations.map((s) => s.lag.nh3n)).toEqual([10, 1, 17]);
  });

  it('gives the baseline, the change during the transfer and daily means', () => {
    const near = wallWater(series, stations, [event]).stations[1]!;
    expect(near.station.id).toBe('near');
    expect(near.baseline.nh3n).toBeCloseTo(0.8);
    expect(near.change.nh3n).toBeCloseTo(0.2 / 0.8 - 1);
    expect(near.daily.tn).toHaveLength(70);
    expect(near.daily.tn[0]).toEqual([first, 2.5]);
  });

  it('spans every day with a reading, the last day included', () => {
    const water = wallWater(series, stations, [event]);
    expect(water.days).toHaveLength(70);
    expect(water.range).toEqual({ from: first, to: first + 70 * DAY_MS });
  });

  it('keeps the API order and no figures without a transfer', () => {
    const water = wallWater(series, stations, []);
    expect(water.stations.map((s) => s.station.id)).toEqual(['mid', 'far', 'near']);
    expect(water.stations[0]!.change).toEqual({ nh3n: null, tn: null });
    expect(water.transfer).toBeNull();
  });

  it('leaves out stations without readings and is empty without any', () => {
    const some = { ...series, series: series.series.filter((s) => s.stationId !== 'far') };
    expect(wallWater(some, stations, [event]).stations.map((s) => s.station.id)).toEqual(['mid', 'near']);
    const none = wallWater({ ...series, series: [] }, stations, [event]);
    expect(none.stations).toEqual([]);
    expect(none.days).toEqual([]);
  });
});

describe('replay helpers', () => {
  const near = wallWater(series, stations, [event]).stations.find((s) => s.station.id === 'near')!;

  it('cuts readings after the replayed day, keeping the day itself', () => {
    const cut = readingsUntil(near.daily.nh3n, start);
    expect(cut.at(-1)![0]).toBe(start);
    expect(cut).toHaveLength(41);
  });

  it("compares a day's mean with the baseline", () => {
    expect(dayFigures(near, 'nh3n', start + 2 * DAY_MS)).toEqual({
      value: expect.closeTo(0.2),
      change: expect.closeTo(-0.75),
    });
    expect(dayFigures(near, 'nh3n', start + 400 * DAY_MS)).toEqual({ value: null, change: null });
  });

  it.each([
    [start - DAY_MS, null],
    [start, 1],
    [start + 19 * DAY_MS, 20],
    [start + 20 * DAY_MS, null],
  ])('counts the transfer days (%s → %s)', (day, expected) => {
    expect(transferDay(event, day)).toBe(expected);
  });

  it('counts on while a transfer has no end, and not at all without one', () => {
    expect(transferDay({ start, end: null }, start + 99 * DAY_MS)).toBe(100);
    expect(transferDay(null, start)).toBeNull();
  });
});
