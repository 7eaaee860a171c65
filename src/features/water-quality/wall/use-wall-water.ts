import { useMemo } from 'react';
import { useSeries, useStations, useTransferEvents } from '../../../api/water-quality';
import { STATISTICS_SERIES_PARAMS } from '../lib/view';
import { wallWater } from './wall-water';

/**
 * The wall's water data: every station's 4-hourly readings (the same request as the water-quality page's statistics,
 * so the figures agree), the stations and the transfer events. Call it once and hand the result to `WallWater`.
 */
export function useWallWater() {
  const stations = useStations();
  const events = useTransferEvents();
  const series = useSeries(STATISTICS_SERIES_PARAMS);
  const figures = useMemo(
    () => (stations.data && events.data && series.data ? wallWater(series.data, stations.data, events.data) : null),
    [stations.data, events.data, series.data],
  );
  return { figures, queries: [stations, events, series] };
}

export type WallWaterData = ReturnType<typeof useWallWater>;
