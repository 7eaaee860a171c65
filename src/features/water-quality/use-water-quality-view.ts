import { useCallback, useMemo } from 'react';
import { useSearchNavigate, useValidatedSearch } from '../../app/routing/navigation';
import { useStations, useTransferEvents, useWaterSummary } from '../../api/water-quality';
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
  const view = useMemo(
    () => (stations.data && summary.data !== undefined ? resolveView(search, stations.data, summary.data) : null),
    [search, stations.data, summary.data],
  );
  const setView = useCallback(
    (next: WaterQualityView) => navigate((current) => ({ ...current, ...viewSearch(next) }), { replace: true }),
    [navigate],
  );
  return { view, setView, stations, events, summary };
}
