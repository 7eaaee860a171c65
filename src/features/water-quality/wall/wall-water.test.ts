import { describe, expect, it } from 'vitest';
import type { SeriesResponse, Station, StationFigures, TransferEvent, WaterSummary } from '../../../api/water-quality';
import { DAY_MS, parseShanghaiDate } from '../../../domain/shanghai-time';
import { dayFigures, focusedStation, transferDay, wallWater } from './wall-water';

const station = (id: string, kind: Station['kind'] = 'lake'): Station => ({
  id,
  name: { zh: id, en: id },
  kind,
  headline: id === 'mid',
  location: null,
  cadenceMinutes: 1440,
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

/** 70 daily means from `first`: `before` until `lagDays` after the start, then `during`. */
const days = (before: number, during: number, lagDays: number) =>
  Array.from({ length: 70 }, (_, d) => (first + d * DAY_MS < start + lagDays * DAY_MS ? before : during));

const daily: SeriesResponse = {
  interval: '1d',
  from: '2023-08-31',
  to: '2023-11-08',
  indicators: [],
  series: [
    ['far', 'nh3n', days(0.6, 0.3, 15)],
    ['far', 'tn', days(2, 1.5, 16)],
    ['mid', 'nh3n', days(0.6, 0.3, 8)],
    ['mid', 'tn', days(2, 1.5, 9)],
    ['near', 'nh3n', days(0.8, 0.2, 0)],
    ['near', 'tn', days(2.5, 1.6, 0)],
  ].map(([stationId, indicator, values]) => ({
    stationId: stationId as string,
    indicator: indicator as 'nh3n' | 'tn',
    start: first,
    stepMinutes: 1440 as const,
    values: values as number[],
  })),
};

const stats = (mean: number) => ({
  mean,
  min: mean,
  max: mean,
  count: 180,
  shareClassIIIOrBetter: null,
  coverage: 'ok' as const,
});
/** Served figures: only what the wall reads (change, lag, the baseline mean) differs between rows. */
const figures = (stationId: string, indicator: 'nh3n' | 'tn', lagDays: number, baseline: number): StationFigures => ({
  stationId,
  indicator,
  latest: null,
  baseline: stats(baseline),
  during: stats(baseline / 2),
  after: null,
  lastYearBaseline: stats(baseline),
  lastYearDuring: stats(baseline),
  change: -0.5,
  changeVsLastYear: null,
  netOfSeasonPts: null,
  lagDays,
  reasons: { change: null, changeVsLastYear: 'last-year-empty', netOfSeasonPts: 'last-year-empty', lagDays: null },
  tones: { change: 'good', changeVsLastYear: null },
});
const summary: WaterSummary = {
  asOf: first + 70 * DAY_MS - 4 * 3_600_000,
  event: { id: event.id, start: event.start, end: event.end, inData: true },
  windows: {
    baseline: { from: start - 30 * DAY_MS, to: start },
    during: { from: start, to: event.end! },
    after: { from: event.end!, to: first + 70 * DAY_MS },
    lastYearBaseline: { from: 0, to: 0 },
    lastYearDuring: { from: 0, to: 0 },
  },
  figures: [
    figures('far', 'nh3n', 17, 0.6),
    figures('far', 'tn', 18, 2),
    figures('mid', 'nh3n', 10, 0.6),
    figures('mid', 'tn', 11, 2),
    figures('near', 'nh3n', 1, 0.8),
    figures('near', 'tn', 1, 2.5),
  ],
};

describe('wallWater', () => {
  it('puts the headline station first, then the others by the served arrival lag, each in its desk style', () => {
    const water = wallWater(daily, stations, summary, [event]);
    expect(water.stations.map((s) => [s.station.id, s.style])).toEqual([
      ['mid', 1],
      ['near', 2],
      ['far', 0],
    ]);
    expect(water.stations.map((s) => s.figures.nh3n?.lagDays)).toEqual([10, 1, 17]);
    expect(water.transfer).toBe(event);
  });

  it('draws the daily means and spans every day of the series, the last one included', () => {
    const water = wallWater(daily, stations, summary, [event]);
    expect(water.stations[1]!.daily.tn[0]).toEqual([first, 2.5]);
    expect(water.days).toHaveLength(70);
    expect(water.range).toEqual({ from: first, to: first + 70 * DAY_MS });
  });

  it('keeps the API order and no figures without a transfer', () => {
    const water = wallWater(daily, stations, null, []);
    expect(water.stations.map((s) => s.station.id)).toEqual(['mid', 'far', 'near']);
    expect(water.stations[0]!.figures).toEqual({ nh3n: null, tn: null });
    expect(water.transfer).toBeNull();
  });

  it('leaves out stations without readings and is empty without any', () => {
    const some = { ...daily, series: daily.series.filter((s) => s.stationId !== 'far') };
    expect(wallWater(some, stations, summary, [event]).stations.map((s) => s.station.id)).toEqual(['mid', 'near']);
    const none = wallWater({ ...daily, series: [] }, stations, summary, [event]);
    expect(none.stations).toEqual([]);
    expect(none.days).toEqual([]);
  });

  it('rotates through the stations with a figure for the event, and brings each forward by its turn', () => {
    const noFigures = (f: StationFigures): StationFigures => ({
      ...f,
      change: null,
      changeVsLastYear: null,
      lagDays: null,
      reasons: {
        change: 'during-sparse',
        changeVsLastYear: 'during-sparse',
        netOfSeasonPts: 'during-sparse',
        lagDays: 'during-sparse',
      },
    });
    const sparseFar = { ...summary, figures: summary.figures.map((f) => (f.stationId === 'far' ? noFigures(f) : f)) };
    const water = wallWater(daily, stations, sparseFar, [event]);
    expect(water.stations.map((s) => s.station.id)).toEqual(['mid', 'near', 'far']);
    expect(water.rotation.map((s) => s.station.id)).toEqual(['mid', 'near']);
    expect([0, 1, 2].map((step) => focusedStation(water, step)?.station.station.id)).toEqual(['mid', 'near', 'mid']);
    expect(focusedStation(water, 1)).toMatchObject({ index: 1, position: 1, count: 2 });
  });

  it('frames nothing by a transfer whose window holds no reading', () => {
    const outside = { ...summary, event: { ...summary.event, inData: false } };
    const water = wallWater(daily, stations, outside, [event]);
    expect(water.transfer).toBeNull();
    expect(water.noTransfer).toBe('wall.noReadingsDuring');
    expect(water.stations.every((s) => s.figures.nh3n === null)).toBe(true);
    expect(water.rotation).toHaveLength(3);
  });

  it('draws at most eight stations, the headline among them', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ ...station(`s${i}`), headline: i === 11 }));
    const series = many.map((s, i) => ({
      ...daily.series[0]!,
      stationId: s.id,
      values: daily.series[0]!.values.map((v, d) => (d <= i * 5 ? v : null)),
    }));
    const water = wallWater({ ...daily, series }, many, null, []);
    expect(water.stations).toHaveLength(8);
    expect(water.stations[0]!.station.id).toBe('s11');
  });
});

describe('replay helpers', () => {
  const near = wallWater(daily, stations, summary, [event]).stations.find((s) => s.station.id === 'near')!;

  it("sets a day's mean against the served baseline mean", () => {
    expect(dayFigures(near, 'nh3n', start + 2 * DAY_MS)).toEqual({
      value: 0.2,
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
