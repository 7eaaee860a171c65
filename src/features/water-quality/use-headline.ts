import { useMemo } from 'react';
import { headlineSeriesParams, useSeries, useStations, useTransferEvents } from '../../api/water-quality';
import { computeHeadline, headlineStation } from './lib/headline';

/**
 * The headline station's figures: stations first (to find it), then its 4-hourly series and the transfer events.
 * Call it once per page and hand the result to the components that show it.
 */
export function useHeadline() {
  const stations = useStations();
  const station = stations.data ? headlineStation(stations.data) : null;
  const series = useSeries(headlineSeriesParams(station?.id ?? ''), { enabled: station !== null });
  const events = useTransferEvents();
  const figures = useMemo(
    () => (station && series.data && events.data ? computeHeadline(station, series.data, events.data) : null),
    [station, series.data, events.data],
  );
  // Until the station is known the series query is idle, not failed: report only the queries that can run.
  const queries = station ? [stations, series, events] : [stations, events];
  return { figures, queries, noStation: stations.data !== undefined && station === null };
}

export type Headline = ReturnType<typeof useHeadline>;
