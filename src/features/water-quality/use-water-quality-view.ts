import { useCallback, useMemo } from 'react';
import { useSearchNavigate, useValidatedSearch } from '../../routing/navigation';
import {
  DAILY_SERIES_PARAMS,
  useSeries,
  useStations,
  useTransferEvents,
  useWaterSummary,
} from '../../api/water-quality';
import { MAX_OPENING_STATIONS, openingStations } from './lib/opening-stations';
import { resolveView, viewSearch, type WaterQualityView } from './lib/view';
import { waterQualitySearchSchema } from './search';

/**
 * The page's view, read from the URL once the stations, the transfer events and the summary are known (presets are
 * the summary's windows), and a setter that writes a new view back into the URL.
 */
export function useWaterQualityView() {
  const search = useValidatedSearch(waterQualitySearchSchema);
  const navigate = useSearchNavigate();
  const stations = useStations();
  const events = useTransferEvents();
  const summary = useWaterSummary();
  // With more stations than a chart can hold, the page opens on those best covered in its range, read from the
  // daily series every trend shares; with fewer it opens on all of them and need not wait for it.
  const many = (stations.data?.length ?? 0) > MAX_OPENING_STATIONS;
  const daily = useSeries(DAILY_SERIES_PARAMS, { enabled: many });
  const view = useMemo(() => {
    const list = stations.data;
    if (!list || summary.data === undefined || (many && !daily.data)) return null;
    const opening = (range: { from?: string; to?: string }) =>
      many && daily.data ? openingStations(list, daily.data, range).map((s) => s.id) : [];
    return resolveView(search, list, summary.data, opening);
  }, [search, stations.data, summary.data, many, daily.data]);
  const setView = useCallback(
    (next: WaterQualityView) => navigate((current) => ({ ...current, ...viewSearch(next) }), { replace: true }),
    [navigate],
  );
  // What the view waits for: the daily series only where it picks the stations.
  const queries = many ? [stations, events, summary, daily] : [stations, events, summary];
  return { view, setView, stations, events, summary, queries };
}
