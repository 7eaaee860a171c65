import { useProgress, useSewersSummary, useTowns } from '../../../api/sewers';
import { toShanghaiDate } from '../../../domain/shanghai-time';
import { useTownStandings } from '../use-town-standings';

/**
 * The wall's sewer data: the programme's summary and progress, and every town against its own plan (one progress
 * request per town). Call it once and hand the result to `WallSewersPanel`.
 */
export function useWallSewers() {
  const summary = useSewersSummary();
  const towns = useTowns();
  const programme = useProgress();
  const asOfMonth = summary.data ? toShanghaiDate(summary.data.asOf).slice(0, 7) : null;
  const { standings, queries: townProgress } = useTownStandings(towns.data, asOfMonth);
  return { summary, towns, programme, asOfMonth, standings, townProgress };
}

export type WallSewersData = ReturnType<typeof useWallSewers>;
