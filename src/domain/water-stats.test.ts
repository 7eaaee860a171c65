import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS, parseShanghaiDate } from './shanghai-time';
import {
  arrivalLag,
  dailyMeans,
  latestReading,
  mean,
  relativeChange,
  transferPeriods,
  valuesIn,
  type Reading,
} from './water-stats';

const day0 = parseShanghaiDate('2023-10-01')!;
/** One reading per day at 08:00, from day0. */
const daily = (values: (number | null)[]): Reading[] => values.map((v, i) => [day0 + i * DAY_MS + 8 * HOUR_MS, v]);

describe('water statistics', () => {
  it('means ignore gaps and are null without values', () => {
    expect(mean([1, 2, 3])).toBe(2);
    expect(mean([])).toBeNull();
    expect(valuesIn(daily([1, null, 3]), { from: -Infinity, to: Infinity })).toEqual([1, 3]);
  });

  it('relative change is current ÷ reference − 1, null when undefined', () => {
    expect(relativeChange(0.3, 0.5)).toBeCloseTo(-0.4);
    expect(relativeChange(null, 0.5)).toBeNull();
    expect(relativeChange(0.3, 0)).toBeNull();
  });

  it('latest reading skips trailing gaps', () => {
    expect(latestReading(daily([0.1, 0.2, null, null]))).toEqual({ time: day0 + DAY_MS + 8 * HOUR_MS, value: 0.2 });
    expect(latestReading(daily([null]))).toBeNull();
  });

  it('daily means average each Shanghai day and keep empty days as null', () => {
    const readings: Reading[] = [
      [day0, 1],
      [day0 + 4 * HOUR_MS, 3],
      [day0 + 20 * HOUR_MS, null],
      [day0 + DAY_MS, null],
      [day0 + DAY_MS + 4 * HOUR_MS, null],
      [day0 + 2 * DAY_MS, 0.5],
    ];
    expect(dailyMeans(readings)).toEqual([
      [day0, 2],
      [day0 + DAY_MS, null],
      [day0 + 2 * DAY_MS, 0.5],
    ]);
  });

  it('splits the periods around a transfer', () => {
    const start = parseShanghaiDate('2023-10-10')!;
    const end = parseShanghaiDate('2024-01-01')!;
    const dataEnd = parseShanghaiDate('2024-04-01')!;
    const p = transferPeriods(start, end, dataEnd);
    expect(p.before).toEqual({ from: start - 30 * DAY_MS, to: start });
    expect(p.during).toEqual({ from: start, to: end });
    expect(p.after).toEqual({ from: end, to: dataEnd });
    expect(transferPeriods(start, null, dataEnd).during.to).toBe(dataEnd);
  });

  describe('arrival lag', () => {
    const start = day0 + 30 * DAY_MS;
    const series = (dropDay: number, level = 0.5) =>
      Array.from({ length: 80 }, (_, i): Reading => [day0 + i * DAY_MS, i >= 30 + dropDay ? level : 1]);

    it('counts days until the trailing 7-day mean reaches 80 % of the baseline', () => {
      // A 50 % step: the 7-day mean is 1 − 0.5·k/7 after k low days; ≤ 0.8 from k = 3 (day dropDay + 2).
      expect(arrivalLag(series(0), start)).toBe(2);
      expect(arrivalLag(series(5), start)).toBe(7);
    });

    it('hits exactly 80 % inclusively', () => {
      // Drop to 0.3: after 2 low days the mean is (5 + 0.6) / 7 = 0.8.
      expect(arrivalLag(series(0, 0.3), start)).toBe(1);
    });

    it('is null when the level never falls far enough, or there is no baseline', () => {
      expect(arrivalLag(series(0, 0.9), start)).toBeNull();
      expect(
        arrivalLag(
          series(0).map(([t, v]): Reading => [t, t < start ? null : v]),
          start,
        ),
      ).toBeNull();
    });
  });
});
