import { describe, expect, it } from 'vitest';
import { seriesResponseSchema } from './water-quality';

const response = (values: unknown[], overrides: Record<string, unknown> = {}) => ({
  interval: '4h',
  from: '2023-10-10',
  to: '2023-10-10',
  indicators: [],
  series: [
    {
      stationId: 'gh-c',
      indicator: 'nh3n',
      start: '2023-10-10T00:00:00+08:00',
      stepMinutes: 240,
      values,
      ...overrides,
    },
  ],
});
const issues = (body: unknown) => {
  const result = seriesResponseSchema.safeParse(body);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the columnar series schema', () => {
  it('accepts a day of six slots with gaps, and gives the app epoch ms', () => {
    const parsed = seriesResponseSchema.parse(response([0.5, null, 0.4, 0.41, null, 0]));
    expect(parsed.series[0]!.start).toBe(Date.parse('2023-10-10T00:00:00+08:00'));
  });

  it('names the first value that is not a concentration', () => {
    expect(issues(response([0.5, null, 'x', -1, null, 0]))).toEqual([
      'series.0.values.2: expected a concentration ≥ 0 or null',
    ]);
    expect(issues(response([0.5, null, Number.NaN, 1, null, 0]))).toEqual([
      'series.0.values.2: expected a concentration ≥ 0 or null',
    ]);
  });

  it('requires every slot of the range, on the interval’s step, from the range’s first slot', () => {
    expect(issues(response([0.5, 0.5]))).toEqual(['series.0.values: expected 6 values, one per slot']);
    expect(issues(response([0.5], { stepMinutes: 1440 }))).toEqual([
      'series.0.stepMinutes: expected 240 for interval 4h',
    ]);
    expect(issues(response([1, 1, 1, 1, 1, 1], { start: '2023-10-10T04:00:00+08:00' }))).toEqual([
      'series.0.start: expected the first slot of 2023-10-10',
    ]);
  });
});
