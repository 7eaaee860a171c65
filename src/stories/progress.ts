import type { ProgressMonth } from '../domain/dataset';
import type { ProgressPoint } from '../charts/options/cumulative-progress';

/** Cumulative villages, planned and completed, per month. */
export function villageProgress(months: readonly ProgressMonth[]): ProgressPoint[] {
  return months.map((m) => ({ month: m.month, planned: m.plannedVillages, actual: m.completedVillages }));
}
