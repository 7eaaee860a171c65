import { asOfMonth } from '../../../domain/sewers-figures';
import { useProgress, useSewersSummary, useTowns, type Town } from '../../../api/sewers';
import { cycleIndex } from '../../../components/rotation';

/**
 * The wall's sewer data: the programme's summary and progress, and every town with its plan figures, furthest behind
 * first. Call it once and hand the result to `WallSewersPanel`.
 */
export function useWallSewers() {
  const summary = useSewersSummary();
  const towns = useTowns();
  const programme = useProgress();
  return { summary, towns, programme, asOfMonth: summary.data ? asOfMonth(summary.data.asOf) : null };
}

export type WallSewersData = ReturnType<typeof useWallSewers>;

/**
 * What the rotation's `step` brings forward: the whole programme (index 0, town null), then each town in the API's
 * order (furthest behind its plan first); count 0 without towns.
 */
export function focusedTown(towns: readonly Town[] | undefined, step: number) {
  const count = towns && towns.length > 0 ? towns.length + 1 : 0;
  const index = cycleIndex(step, count);
  return { index, count, town: index > 0 ? (towns?.[index - 1] ?? null) : null };
}
export type FocusedTown = ReturnType<typeof focusedTown>;
