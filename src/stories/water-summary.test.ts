import { describe, expect, it } from 'vitest';
import type { Station, StationFigures, WaterSummary } from '../api/water-quality';
import { byArrival, windowDates } from './summary-details';
import { figuresOf, inStory, storyRange } from './water-summary';
import { at, transfer } from '../testing/xinmeng-summary';

describe('storyRange', () => {
  it('opens 100 days before the transfer, from the first of that month, to the as-of day', () => {
    expect(storyRange(transfer)).toEqual({ from: '2023-07-01', to: '2024-03-31' });
    expect(storyRange(null)).toEqual({});
  });

  it('is the whole dataset when the transfer holds no reading (an import of other years)', () => {
    expect(storyRange({ ...transfer, event: { ...transfer.event, inData: false } })).toEqual({});
  });

  it('keeps the daily points of those days only', () => {
    const points = ['2023-06-30', '2023-07-01', '2024-03-31', '2024-04-01'].map(
      (d) => [at(`${d}T00:00:00`), 1] as const,
    );
    expect(inStory(points, transfer).map(([t]) => t)).toEqual([at('2023-07-01T00:00:00'), at('2024-03-31T00:00:00')]);
    expect(inStory(points, null)).toHaveLength(4);
  });
});

describe('reading the served figures', () => {
  const station = (id: string) => ({ id }) as Station;
  const lag = (stationId: string, indicator: 'nh3n' | 'tn', lagDays: number | null) =>
    ({ stationId, indicator, lagDays }) as StationFigures;
  const summary = {
    figures: [lag('a', 'nh3n', 9), lag('a', 'tn', 2), lag('b', 'nh3n', 3), lag('c', 'nh3n', 9), lag('c', 'tn', 1)],
  } as WaterSummary;

  it("finds a station's and indicator's figures, or null", () => {
    expect(figuresOf(summary, 'b', 'nh3n')?.lagDays).toBe(3);
    expect(figuresOf(summary, 'b', 'tn')).toBeNull();
  });

  it("orders stations by the NH3-N lag, then TN's, and those the water never reached last", () => {
    const stations = ['d', 'a', 'c', 'b'].map(station);
    expect(byArrival(stations, summary).map((s) => s.id)).toEqual(['b', 'c', 'a', 'd']);
  });

  it("gives a window's inclusive days", () => {
    expect(windowDates(transfer.windows.baseline)).toBe('2023-09-10 – 2023-10-09');
    expect(windowDates(null)).toBe('—');
  });
});
