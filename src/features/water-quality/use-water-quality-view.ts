import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { useStations, useTransferEvents } from '../../api/water-quality';
import { primaryTransfer } from './lib/transfer';
import { resolveView, viewSearch, type WaterQualityView } from './lib/view';

/**
 * The page's view, read from the URL once the stations and the transfer are known (presets need the transfer's
 * dates), and a setter that writes a new view back into the URL.
 */
export function useWaterQualityView() {
  const search = useSearch({ from: '/_desk/water-quality' });
  const navigate = useNavigate({ from: '/water-quality' });
  const stations = useStations();
  const events = useTransferEvents();
  const transfer = events.data ? primaryTransfer(events.data) : null;
  const view = useMemo(
    () => (stations.data && events.data ? resolveView(search, stations.data, transfer) : null),
    [search, stations.data, events.data, transfer],
  );
  const setView = useCallback(
    (next: WaterQualityView) => void navigate({ search: (prev) => ({ ...prev, ...viewSearch(next) }), replace: true }),
    [navigate],
  );
  return { view, setView, stations, events, transfer };
}

export type WaterQualityViewState = ReturnType<typeof useWaterQualityView>;
