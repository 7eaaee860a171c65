import { describe, expect, it } from 'vitest';
import { villageProgress } from './progress';

const months = [
  { month: '2024-02', plannedVillages: 10, completedVillages: 8, plannedKm: 1, builtKm: 0.9 },
  { month: '2024-03', plannedVillages: 20, completedVillages: 15, plannedKm: 2, builtKm: 1.5 },
  { month: '2024-04', plannedVillages: 30, completedVillages: null, plannedKm: 3, builtKm: null },
];

describe('sewer progress', () => {
  it('maps months to cumulative village points', () => {
    expect(villageProgress(months)).toEqual([
      { month: '2024-02', planned: 10, actual: 8 },
      { month: '2024-03', planned: 20, actual: 15 },
      { month: '2024-04', planned: 30, actual: null },
    ]);
  });
});
