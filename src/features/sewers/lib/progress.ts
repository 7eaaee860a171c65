import type { ProgressMonth } from '../../../api/sewers';
import type { ProgressPoint } from '../../../charts/options/cumulative-progress';

/** Cumulative villages, planned and completed, per month. */
export function villageProgress(months: readonly ProgressMonth[]): ProgressPoint[] {
  return months.map((m) => ({ month: m.month, planned: m.plannedVillages, actual: m.completedVillages }));
}

/** `part ÷ whole`, or null when there is no whole. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
