import { describe, expect, it } from 'vitest';
import type { SeriesResponse, Station } from '../api/water-quality';
import { parseShanghaiTimestamp } from '../domain/shanghai-time';
import { openingStations } from '../features/water-quality/lib/opening-stations';
import { trendLines } from './trend-lines';

const t0 = parseShanghaiTimestamp('2020-10-01T00:00:00+08:00')!;
const station = (id: string, cadenceMinutes: Station['cadenceMinutes'], headline = false): Station => ({
  id,
  name: { zh: id, en: id },
  kind: 'lake',
  headline,
  location: null,
  cadenceMinutes,
});
const series = (stepMinutes: 240 | 1440, values: Record<string, (number | null)[]>): SeriesResponse => ({
  interval: stepMinutes === 240 ? '4h' : '1d',
  from: '2020-10-01',
  to: '2020-10-02',
  indicators: [],
  series: Object.entries(values).map(([stationId, v]) => ({
    stationId,
    indicator: 'nh3n',
    start: t0,
    stepMinutes,
    values: v,
  })),
});

describe('trendLines', () => {
  it('draws a station read daily from the daily series on a 4-hourly view, the others from the 4-hourly', () => {
    const stations = [station('hourly', 240), station('daily', 1440)];
    const fourHourly = series(240, {
      hourly: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6],
      daily: [null, null, 0.5, null, null, null, null, null, 0.7, null, null, null],
    });
    const daily = series(1440, { daily: [0.5, 0.7] });
    const lines = trendLines({
      response: fourHourly,
      daily,
      indicator: 'nh3n',
      stations,
      chosen: stations,
      language: 'zh',
    });
    expect(lines.map((l) => [l.name, l.readings.length])).toEqual([
      ['hourly', 12],
      ['daily', 2],
    ]);
    expect(lines[1]!.readings).toEqual([
      [t0, 0.5],
      [t0 + 86_400_000, 0.7],
    ]);
  });
});

describe('openingStations', () => {
  it('opens on at most eight stations with readings, the headline first, then by their share of days read', () => {
    const stations = Array.from({ length: 12 }, (_, i) => station(`s${i}`, 1440, i === 11));
    // Station i has a reading on i of 12 days (s0 none); the headline (s11) has 11.
    const values = Object.fromEntries(
      stations.map((s, i) => [s.id, Array.from({ length: 12 }, (_, d) => (d < i ? 0.3 : null))]),
    );
    const chosen = openingStations(stations, series(1440, values));
    expect(chosen.map((s) => s.id)).toEqual(['s4', 's5', 's6', 's7', 's8', 's9', 's10', 's11']);
  });

  it('counts only the days of the range shown', () => {
    const stations = [station('early', 1440), station('late', 1440)];
    const values = { early: [0.3, null, null, null], late: [null, null, 0.3, 0.3] };
    expect(openingStations(stations, series(1440, values), { from: '2020-10-03' }).map((s) => s.id)).toEqual(['late']);
  });
});
