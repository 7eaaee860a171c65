import { describe, expect, it } from 'vitest';
import type { SeriesResponse, Station } from '../../../api/water-quality';
import { parseShanghaiTimestamp } from '../../../domain/shanghai-time';
import { seriesTable } from './series-table';

const t0 = parseShanghaiTimestamp('2023-10-10T00:00:00+08:00')!;
const station = (id: string, zh: string, en: string): Station => ({
  id,
  name: { zh, en },
  kind: 'lake',
  headline: false,
  location: { lat: 31.6, lon: 119.8 },
  cadenceMinutes: 240,
});
const stations = [station('gh-c', '滆湖心', 'Ge Lake Centre'), station('gh-n', '滆湖北', 'Ge Lake North')];
const response: SeriesResponse = {
  interval: '4h',
  from: '2023-10-10',
  to: '2023-10-10',
  indicators: [
    { id: 'nh3n', unit: 'mg/L', name: { zh: '氨氮', en: 'NH3-N' } },
    { id: 'tn', unit: 'mg/L', name: { zh: '总氮', en: 'TN' } },
  ],
  series: [
    {
      stationId: 'gh-n',
      indicator: 'nh3n',
      start: t0,
      stepMinutes: 240,
      values: [0.41, null],
    },
    {
      stationId: 'gh-c',
      indicator: 'tn',
      start: t0,
      stepMinutes: 240,
      values: [1.95, 1.9],
    },
    {
      stationId: 'gh-c',
      indicator: 'nh3n',
      start: t0,
      stepMinutes: 240,
      values: [0.5, 0.48],
    },
  ],
};

describe('seriesTable', () => {
  it('writes one row per time and a column per station and indicator, in page order, units in the header', () => {
    expect(seriesTable(response, stations, 'zh')).toEqual({
      header: ['时间 (UTC+08:00)', '滆湖心 氨氮 (mg/L)', '滆湖心 总氮 (mg/L)', '滆湖北 氨氮 (mg/L)'],
      rows: [
        ['2023-10-10T00:00:00+08:00', 0.5, 1.95, 0.41],
        ['2023-10-10T04:00:00+08:00', 0.48, 1.9, null],
      ],
    });
  });

  it('names columns in English for the English page', () => {
    expect(seriesTable(response, stations, 'en').header).toEqual([
      'Time (UTC+08:00)',
      'Ge Lake Centre NH3-N (mg/L)',
      'Ge Lake Centre TN (mg/L)',
      'Ge Lake North NH3-N (mg/L)',
    ]);
  });

  it('has only the header when there are no series', () => {
    expect(seriesTable({ ...response, series: [] }, stations, 'zh')).toEqual({
      header: ['时间 (UTC+08:00)'],
      rows: [],
    });
  });
});
