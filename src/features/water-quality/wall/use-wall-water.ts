import { useMemo } from 'react';
import {
  DAILY_SERIES_PARAMS,
  useSeries,
  useStations,
  useTransferEvents,
  useWaterSummary,
} from '../../../api/water-quality';
import { wallWater } from './wall-water';

/**
 * The wall's water data: every station's daily means (the request the overview's trend shares), the summary's
 * figures, the stations and the transfer events. Call it once and hand the result to `WallWaterPanel`.
 */
export function useWallWater() {
  const stations = useStations();
  const events = useTransferEvents();
  const summary = useWaterSummary();
  const series = useSeries(DAILY_SERIES_PARAMS);
  const water = useMemo(
    () =>
      stations.data && events.data && summary.data !== undefined && series.data
        ? wallWater(series.data, stations.data, summary.data, events.data)
        : null,
    [stations.data, events.data, summary.data, series.data],
  );
  return { water, queries: [stations, events, summary, series] };
}

export type WallWaterData = ReturnType<typeof useWallWater>;
