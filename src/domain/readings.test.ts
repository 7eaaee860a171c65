import { describe, expect, it } from 'vitest';
import { dailyGrid } from './readings';

describe('dailyGrid', () => {
  it('gives each day the mean of its readings, rounded as served, and null for a day without any', () => {
    // Two days and one slot of a third: 6 + 6 + 1 slots from 00:00.
    const nh3n = [0.1, 0.2, 0.3, null, null, 0.4, null, null, null, null, null, null, 0.5];
    const tn = [1, 1, 1, 1, 1, 1.0004, 2, 2, 2, 2, 2, 2, null];
    const grid = dailyGrid({
      start: '2023-10-01T00:00:00+08:00',
      stepMinutes: 240,
      slots: 13,
      values: { a: { nh3n, tn } },
    });
    expect(grid).toEqual({
      start: '2023-10-01T00:00:00+08:00',
      stepMinutes: 1440,
      days: 3,
      // (0.1 + 0.2 + 0.3 + 0.4) / 4 = 0.25; (5 + 1.0004) / 6 = 1.000066… → 1
      values: { a: { nh3n: [0.25, null, 0.5], tn: [1, 2, null] } },
    });
  });
});
