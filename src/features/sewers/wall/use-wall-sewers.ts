import { asOfMonth, useProgress, useSewersSummary, useTowns } from '../../../api/sewers';

/**
 * The wall's sewer data: the programme's summary and progress, and every town with its plan figures, furthest behind
 * first. Call it once and hand the result to `WallSewersPanel`.
 */
export function useWallSewers() {
  const summary = useSewersSummary();
  const towns = useTowns();
  const programme = useProgress();
  return { summary, towns, programme, asOfMonth: summary.data ? asOfMonth(summary.data) : null };
}

export type WallSewersData = ReturnType<typeof useWallSewers>;
