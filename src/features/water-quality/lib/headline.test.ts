import { describe, expect, it } from 'vitest';
import type { SeriesResponse, Station, TransferEvent } from '../../../api/water-quality';
import { DAY_MS, HOUR_MS, parseShanghaiDate } from '../../../domain/shanghai-time';
import { computeHeadline, headlineStation } from './headline';

const name = { zh: '滆湖心', en: 'Ge Lake Centre' };
const station = (id: string, headline: boolean, kind: Station['kind'] = 'lake'): Station => ({
  id,
  name,
  kind,
  headline,
  location: { lat: 31.59, lon: 119.83 },
});

const start = parseShanghaiDate('2023-10-10')!;
const event: TransferEvent = {
  id: 'xinmeng-2023',
  name,
  source: name,
  start,
  end: start + 10 * DAY_MS,
  flowM3s: 100,
  note: name,
};

/** 4-hourly readings from 30 days before the transfer to 5 days after it: `before` until the start, then `during`. */
function readings(before: number, during: number, after: number | null): [number, number | null][] {
  const points: [number, number | null][] = [];
  for (let t = start - 30 * DAY_MS; t < start + 15 * DAY_MS; t += 4 * HOUR_MS) {
    points.push([t, t < start ? before : t < start + 10 * DAY_MS ? during : after]);
  }
  return points;
}

const series = (nh3n: [number, number | null][], tn: [number, number | null][]): SeriesResponse => ({
  interval: '4h',
  from: '2023-09-10',
  to: '2023-10-24',
  indicators: [],
  series: [
    { stationId: 'gh-c', indicator: 'nh3n', points: nh3n },
    { stationId: 'gh-c', indicator: 'tn', points: tn },
  ],
});

describe('headline figures', () => {
  it('finds the one headline station', () => {
    expect(headlineStation([station('gh-n', false), station('gh-c', true)])?.id).toBe('gh-c');
    expect(headlineStation([station('gh-n', false)])).toBeNull();
  });

  it('takes the last non-null reading with its class, and the change during vs the 30 days before', () => {
    const figures = computeHeadline(station('gh-c', true), series(readings(0.6, 0.3, null), readings(2.0, 1.5, 1.8)), [
      event,
    ]);
    expect(figures.latest.nh3n).toEqual({ time: start + 10 * DAY_MS - 4 * HOUR_MS, value: 0.3, waterClass: 'II' });
    expect(figures.latest.tn?.value).toBe(1.8);
    expect(figures.latest.tn?.waterClass).toBe('V');
    expect(figures.change.nh3n).toBeCloseTo(-0.5);
    expect(figures.change.tn).toBeCloseTo(-0.25);
    expect(figures.daily.nh3n).toHaveLength(45);
    expect(figures.transfer).toEqual({ start: event.start, end: event.end });
  });

  it('has no change without a transfer and no latest value without readings', () => {
    const figures = computeHeadline(station('gh-c', true), series([], readings(2, 1.5, 1.8)), []);
    expect(figures.change).toEqual({ nh3n: null, tn: null });
    expect(figures.latest.nh3n).toBeNull();
    expect(figures.transfer).toBeNull();
  });

  it('gives the river inlet no TN class', () => {
    const figures = computeHeadline(
      station('gh-c', true, 'inflow'),
      series(readings(0.6, 0.3, 0.3), readings(2, 1.5, 1.8)),
      [event],
    );
    expect(figures.latest.tn?.waterClass).toBeNull();
    expect(figures.latest.nh3n?.waterClass).toBe('II');
  });
});
