import { describe, expect, it } from 'vitest';
import type { StationRecord, TransferEventRecord, WaterDataset } from './dataset';
import { parseShanghaiTimestamp } from './shanghai-time';
import { deriveWaterFigures, eventWindows, summarizeEvent, waterAsOf } from './water-figures';

const ts = (text: string) => parseShanghaiTimestamp(text)!;

const lake: StationRecord = {
  id: 'lake',
  name: { zh: '湖', en: 'Lake' },
  kind: 'lake',
  headline: true,
  location: null,
};
const canal: StationRecord = { ...lake, id: 'canal', kind: 'outflow', headline: false };

/** A grid from `start` whose day `d` (0-based) has six equal readings `dayValue(d)`; null days have none. */
function dataset(
  start: string,
  days: number,
  dayValue: (day: number) => number | null,
  event: Partial<TransferEventRecord> = {},
): WaterDataset {
  const values = Array.from({ length: days * 6 }, (_, i) => dayValue(Math.floor(i / 6)));
  return {
    source: { kind: 'illustrative' },
    stations: [lake, canal],
    readings: {
      start,
      stepMinutes: 240,
      slots: days * 6,
      values: {
        lake: { nh3n: values, tn: values.map((v) => (v === null ? null : v * 4)) },
        canal: { nh3n: values, tn: values },
      },
    },
    events: [
      {
        id: 'e',
        name: { zh: '', en: '' },
        source: { zh: '', en: '' },
        start: '2023-10-10T00:00:00+08:00',
        end: '2023-11-10T00:00:00+08:00',
        flowM3s: 100,
        note: { zh: '', en: '' },
        ...event,
      },
    ],
  };
}

/** 2023-09-01 … 2023-12-09 (100 days): 0.6 until day `drop` after the start (2023-10-10 is day 39), then 0.3. */
const stepDown = (drop: number) => dataset('2023-09-01T00:00:00+08:00', 100, (d) => (d < 39 + drop ? 0.6 : 0.3));

describe('windows (DESIGN §3)', () => {
  it('are half-open around the event, with last year one calendar year back', () => {
    const asOf = ts('2024-03-31T20:00:00+08:00');
    const w = eventWindows({ start: '2024-03-01T00:00:00+08:00', end: '2024-03-20T00:00:00+08:00' }, asOf);
    expect(w.baseline).toEqual({ from: ts('2024-01-31T00:00:00+08:00'), to: ts('2024-03-01T00:00:00+08:00') });
    expect(w.after).toEqual({ from: ts('2024-03-20T00:00:00+08:00'), to: ts('2024-04-01T00:00:00+08:00') });
    // 2024-02-29 does not exist in 2023: it becomes 28 February.
    const leap = eventWindows({ start: '2024-02-29T00:00:00+08:00', end: null }, asOf);
    expect(leap.lastYearDuring.from).toBe(ts('2023-02-28T00:00:00+08:00'));
    expect(leap.lastYearDuring.to).toBe(ts('2023-04-01T00:00:00+08:00'));
  });

  it('run an open event to the slot after as-of, and have no "after" until it ends', () => {
    const asOf = ts('2023-11-01T08:00:00+08:00');
    const open = eventWindows({ start: '2023-10-10T00:00:00+08:00', end: null }, asOf);
    expect(open.during.to).toBe(ts('2023-11-01T12:00:00+08:00'));
    expect(open.after).toBeNull();
    expect(
      eventWindows({ start: '2023-10-10T00:00:00+08:00', end: '2023-12-01T00:00:00+08:00' }, asOf).after,
    ).toBeNull();
  });
});

describe('summarizeEvent', () => {
  it('gives stats per window and the change during vs before', () => {
    const summary = deriveWaterFigures(stepDown(0)).summaries[0]!;
    const nh3n = summary.figures.find((f) => f.stationId === 'lake' && f.indicator === 'nh3n')!;
    expect(nh3n.baseline).toEqual({
      mean: expect.closeTo(0.6, 12),
      min: 0.6,
      max: 0.6,
      count: 180,
      shareClassIIIOrBetter: 1,
    });
    expect(nh3n.during.mean).toBeCloseTo(0.3, 12);
    expect(nh3n.change).toBeCloseTo(-0.5, 12);
    expect(nh3n.after?.count).toBe((100 - 39 - 31) * 6);
  });

  it('gives TN a class at lake stations only', () => {
    const figures = deriveWaterFigures(stepDown(0)).summaries[0]!.figures;
    const tn = (id: string) => figures.find((f) => f.stationId === id && f.indicator === 'tn')!;
    expect(tn('lake').latest?.class).toBe('IV'); // 1.2 mg/L
    expect(tn('lake').baseline.shareClassIIIOrBetter).toBe(0); // 2.4 mg/L
    expect(tn('canal').latest?.class).toBeNull();
    expect(tn('canal').baseline.shareClassIIIOrBetter).toBeNull();
  });

  it('takes as-of from the last slot holding a reading, and latest from there', () => {
    const data = dataset('2023-09-01T00:00:00+08:00', 100, (d) => (d < 90 ? 0.4 : null));
    expect(waterAsOf(data)).toBe(ts('2023-11-29T20:00:00+08:00'));
    const latest = summarizeEvent(data, data.events[0]!, waterAsOf(data)).figures[0]!.latest;
    expect(latest).toEqual({ time: '2023-11-29T20:00:00+08:00', value: 0.4, class: 'II' });
  });

  it('gives null figures for a window less than half covered, never NaN', () => {
    // Readings only on 14 of the 30 baseline days: 84 of 180 slots.
    const sparse = dataset('2023-09-01T00:00:00+08:00', 100, (d) =>
      d < 39 && d % 2 === 0 && d > 10 ? 0.6 : d >= 39 ? 0.3 : null,
    );
    const nh3n = deriveWaterFigures(sparse).summaries[0]!.figures[0]!;
    expect(nh3n.baseline).toEqual({ mean: null, min: null, max: null, count: 84, shareClassIIIOrBetter: null });
    expect([nh3n.change, nh3n.lagDays, nh3n.netOfSeasonPts]).toEqual([null, null, null]);
    // No year before in the data: last year's windows are empty.
    expect(nh3n.lastYearDuring).toEqual({ mean: null, min: null, max: null, count: 0, shareClassIIIOrBetter: null });
    expect(nh3n.changeVsLastYear).toBeNull();
  });

  it('compares with the same windows last year and nets the season out', () => {
    // Two years of days from 2022-09-01: last year 0.6 → 0.66 (+10 %) across 10 October, this year 0.6 → 0.3.
    const start = ts('2022-09-01T00:00:00+08:00');
    const thisYearStart = ts('2023-10-10T00:00:00+08:00');
    const lastYearStart = ts('2022-10-10T00:00:00+08:00');
    const data = dataset('2022-09-01T00:00:00+08:00', 465, (d) => {
      const t = start + d * 86_400_000;
      if (t >= thisYearStart) return 0.3;
      if (t >= lastYearStart && t < ts('2023-01-01T00:00:00+08:00')) return 0.66;
      return 0.6;
    });
    const nh3n = deriveWaterFigures(data).summaries[0]!.figures[0]!;
    expect(nh3n.lastYearBaseline.mean).toBeCloseTo(0.6, 12);
    expect(nh3n.lastYearDuring.mean).toBeCloseTo(0.66, 12);
    expect(nh3n.changeVsLastYear).toBeCloseTo(0.3 / 0.66 - 1, 12);
    expect(nh3n.netOfSeasonPts).toBeCloseTo((-0.5 - 0.1) * 100, 9);
  });
});

describe('arrival lag (DESIGN §3)', () => {
  it('counts days until the trailing 7-day mean of daily values is ≤ 80 % of the baseline', () => {
    // A 50 % step on day k: the 7-day mean is 0.6 − 0.3·n/7 after n low days; ≤ 0.48 from n = 3.
    const lag = (drop: number) => deriveWaterFigures(stepDown(drop)).summaries[0]!.figures[0]!.lagDays;
    expect(lag(0)).toBe(2);
    expect(lag(5)).toBe(7);
  });

  it('needs 4 of the 7 days present, and is null when no such day comes before the event ends', () => {
    // After the start only every seventh day is recorded: one low day would pass the threshold on its own.
    const gappy = dataset('2023-09-01T00:00:00+08:00', 100, (d) => (d < 39 ? 0.6 : d % 7 === 3 ? 0.1 : null));
    expect(deriveWaterFigures(gappy).summaries[0]!.figures[0]!.lagDays).toBeNull();
    const short = { ...stepDown(20), events: [{ ...stepDown(20).events[0]!, end: '2023-10-20T00:00:00+08:00' }] };
    expect(deriveWaterFigures(short).summaries[0]!.figures[0]!.lagDays).toBeNull();
  });
});
