import { describe, expect, it } from 'vitest';
import type { StationRecord, TransferEventRecord, WaterDataset } from './dataset';
import { parseShanghaiTimestamp } from './shanghai-time';
import { changeTone } from './tones';
import { deriveWaterFigures, eventWindows, roundCadence, summarizeEvent, waterSpan } from './water-figures';

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
  return gridDataset(start, days * 6, (i) => dayValue(Math.floor(i / 6)), event);
}

/** A grid from `start` of `slots` 4-hour slots, slot `i` holding `slotValue(i)` at both stations. */
function gridDataset(
  start: string,
  slots: number,
  slotValue: (slot: number) => number | null,
  event: Partial<TransferEventRecord> = {},
): WaterDataset {
  const days = slots / 6;
  const values = Array.from({ length: slots }, (_, i) => slotValue(i));
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
      coverage: 'ok',
    });
    expect(nh3n.reasons).toEqual({
      change: null,
      changeVsLastYear: 'last-year-empty',
      netOfSeasonPts: 'last-year-empty',
      lagDays: null,
    });
    expect(summary.event.inData).toBe(true);
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
    expect(waterSpan(data).last).toBe(ts('2023-11-29T20:00:00+08:00'));
    const latest = summarizeEvent(data, data.events[0]!).figures[0]!.latest;
    expect(latest).toEqual({ time: '2023-11-29T20:00:00+08:00', value: 0.4, class: 'II' });
  });

  it('gives null figures with the reason for a window bunched into two of its quarters, never NaN', () => {
    // Readings on the baseline's last 14 days only (days 25–38): quarters 2 and 3 of [day 9, day 39).
    const bunched = dataset('2023-09-01T00:00:00+08:00', 100, (d) => (d >= 25 && d < 39 ? 0.6 : d >= 39 ? 0.3 : null));
    const nh3n = deriveWaterFigures(bunched).summaries[0]!.figures[0]!;
    expect(nh3n.baseline).toEqual({
      mean: null,
      min: null,
      max: null,
      count: 84,
      shareClassIIIOrBetter: null,
      coverage: 'sparse',
    });
    expect([nh3n.change, nh3n.lagDays, nh3n.netOfSeasonPts]).toEqual([null, null, null]);
    expect(nh3n.reasons).toEqual({
      change: 'baseline-sparse',
      changeVsLastYear: 'last-year-empty',
      netOfSeasonPts: 'baseline-sparse',
      lagDays: 'baseline-sparse',
    });
    expect(nh3n.tones).toEqual({ change: null, changeVsLastYear: null });
    // No year before in the data: last year's windows are empty.
    expect(nh3n.lastYearDuring).toEqual({
      mean: null,
      min: null,
      max: null,
      count: 0,
      shareClassIIIOrBetter: null,
      coverage: 'empty',
    });
  });

  it('takes one reading a day as coverage (a daily table), and two readings as too few', () => {
    // One reading a day at 08:00 (slot 2 of 6): 30 in the baseline, one in each sixth of its slots.
    const daily = gridDataset('2023-09-01T00:00:00+08:00', 600, (i) => (i % 6 === 2 ? (i < 39 * 6 ? 0.6 : 0.3) : null));
    const nh3n = deriveWaterFigures(daily).summaries[0]!.figures[0]!;
    expect([nh3n.baseline.coverage, nh3n.baseline.count, nh3n.baseline.mean]).toEqual(['ok', 30, 0.6]);
    expect(nh3n.change).toBeCloseTo(-0.5, 12);
    expect(nh3n.lagDays).toBe(2);
    // Two readings in the whole baseline, far apart: sparse.
    const two = gridDataset('2023-09-01T00:00:00+08:00', 600, (i) =>
      i === 10 * 6 || i === 37 * 6 || i >= 39 * 6 ? 0.5 : null,
    );
    expect(deriveWaterFigures(two).summaries[0]!.figures[0]!.baseline.coverage).toBe('sparse');
  });

  it('says the transfer lies outside the data: after it, or before it, with an empty during window', () => {
    const after = dataset('2023-09-01T00:00:00+08:00', 100, () => 0.5, {
      start: '2024-02-01T00:00:00+08:00',
      end: '2024-03-01T00:00:00+08:00',
    });
    const summary = deriveWaterFigures(after).summaries[0]!;
    expect(summary.event.inData).toBe(false);
    expect(summary.windows.during).toEqual({ from: '2024-02-01T00:00:00+08:00', to: '2024-02-01T00:00:00+08:00' });
    for (const f of summary.figures) expect(Object.values(f.reasons)).toEqual(Array(4).fill('event-after-data'));
    const before = dataset('2023-09-01T00:00:00+08:00', 100, () => 0.5, {
      start: '2022-02-01T00:00:00+08:00',
      end: '2022-03-01T00:00:00+08:00',
    });
    const early = deriveWaterFigures(before).summaries[0]!;
    expect(early.event.inData).toBe(false);
    expect(early.figures[0]!.reasons.change).toBe('event-before-data');
    expect(early.figures[0]!.during.coverage).toBe('empty');
  });

  it('says a transfer window without a reading is empty, and never calls it reached or not', () => {
    const hole = dataset('2023-09-01T00:00:00+08:00', 100, (d) => (d < 39 || d >= 70 ? 0.5 : null));
    const summary = deriveWaterFigures(hole).summaries[0]!;
    expect(summary.event.inData).toBe(false);
    expect(summary.figures[0]!.reasons).toEqual({
      change: 'during-empty',
      changeVsLastYear: 'during-empty',
      netOfSeasonPts: 'during-empty',
      lagDays: 'during-empty',
    });
  });

  it('does not divide by a mean of 0', () => {
    const zero = dataset('2023-09-01T00:00:00+08:00', 100, (d) => (d < 39 ? 0 : 0.3));
    const nh3n = deriveWaterFigures(zero).summaries[0]!.figures[0]!;
    expect([nh3n.change, nh3n.reasons.change]).toEqual([null, 'baseline-zero']);
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

  it('needs 4 of the 7 days present, one of them from the start on; else too few days', () => {
    // After the start only every seventh day is recorded: one low day would pass the threshold on its own.
    const gappy = dataset('2023-09-01T00:00:00+08:00', 100, (d) => (d < 39 ? 0.6 : d % 7 === 3 ? 0.1 : null));
    const figures = deriveWaterFigures(gappy).summaries[0]!.figures[0]!;
    expect([figures.lagDays, figures.reasons.lagDays]).toEqual([null, 'too-few-days']);
  });

  it('is not reached when the event ended above the threshold, not yet while it runs', () => {
    const short = { ...stepDown(20), events: [{ ...stepDown(20).events[0]!, end: '2023-10-20T00:00:00+08:00' }] };
    const ended = deriveWaterFigures(short).summaries[0]!.figures[0]!;
    expect([ended.lagDays, ended.reasons.lagDays]).toEqual([null, 'not-reached']);
    // Open, and the data stops 15 days in, before the fall 20 days in.
    const open = dataset('2023-09-01T00:00:00+08:00', 54, (d) => (d < 59 ? 0.6 : 0.3), { end: null });
    const running = deriveWaterFigures(open).summaries[0]!.figures[0]!;
    expect([running.lagDays, running.reasons.lagDays]).toEqual([null, 'not-yet']);
  });

  it('does not take a dip before the start for an arrival', () => {
    // Low (0.1) for the 7 days before the start, then no reading for 11 days, then 0.6 again. v2 took day 0's run
    // (six low days before the start) for an arrival on day 0; v3 counts a run only with a day from the start on,
    // and none of those falls: not reached by the event's end.
    const gap = dataset('2023-09-01T00:00:00+08:00', 100, (d) =>
      d >= 32 && d < 39 ? 0.1 : d >= 39 && d < 50 ? null : 0.6,
    );
    const figures = deriveWaterFigures(gap).summaries[0]!.figures[0]!;
    expect([figures.lagDays, figures.reasons.lagDays]).toEqual([null, 'not-reached']);
  });
});

describe('tones and cadence', () => {
  it.each([
    [-0.051, 'good'],
    [-0.0504, 'neutral'],
    [0, 'neutral'],
    [0.0504, 'neutral'],
    [0.0549, 'bad'],
    [null, null],
  ] as const)('a change of %s is %s, on its value rounded to 0.1 %%', (change, tone) => {
    expect(changeTone(change)).toBe(tone);
  });

  it.each([
    [45, 60],
    [240, 240],
    [480, 240],
    [1440, 1440],
    [2880, 1440],
    [7 * 1440, 10080],
  ] as const)('rounds a median gap of %i minutes to %i', (minutes, cadence) => {
    expect(roundCadence(minutes)).toBe(cadence);
  });

  it('gives each station the median gap between its readings, null with one reading', () => {
    const daily = gridDataset('2023-09-01T00:00:00+08:00', 600, (i) => (i % 6 === 2 ? 0.5 : null));
    expect(deriveWaterFigures(daily).cadences).toEqual({ lake: 1440, canal: 1440 });
    const once = gridDataset('2023-09-01T00:00:00+08:00', 600, (i) => (i === 5 ? 0.5 : null));
    expect(deriveWaterFigures(once).cadences).toEqual({ lake: null, canal: null });
  });
});
