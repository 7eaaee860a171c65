import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import { useSewersSummary, useTowns } from '../../api/sewers';
import { useStations, useWaterSummary } from '../../api/water-quality';
import { keyPoints } from './key-points';

/**
 * The key points of one transfer event (the first when `event` is undefined) and the sewer programme, from the served
 * figures; null until every figure they read is in. `enabled` false holds the event's figures back (an unknown event).
 */
export function useKeyPoints(event?: string, enabled = true) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const stations = useStations();
  const summary = useWaterSummary(event, { enabled });
  const sewers = useSewersSummary();
  const towns = useTowns();
  const points = useMemo(() => {
    if (!stations.data || summary.data === undefined || !sewers.data || !towns.data) return null;
    return keyPoints(
      { stations: stations.data, summary: summary.data, sewers: sewers.data, towns: towns.data },
      language,
    );
  }, [stations.data, summary.data, sewers.data, towns.data, language]);
  return { points, stations, summary, sewers, towns, queries: [stations, summary, sewers, towns] };
}

export type KeyPointsData = ReturnType<typeof useKeyPoints>;
