import type { QueryClient } from '@tanstack/react-query';
import {
  headlineSeriesParams,
  seriesQueryOptions,
  stationsQueryOptions,
  transferEventsQueryOptions,
} from '../../api/water-quality';
import { headlineStation } from './lib/headline';

const ignore = () => undefined;

/**
 * Starts the headline queries as soon as the route matches, before its components render: the transfer events, the
 * stations, and, once the headline station is known, its readings. Failures are left to the components' own
 * queries, which show them.
 */
export function prefetchHeadline(queryClient: QueryClient): void {
  queryClient.query(transferEventsQueryOptions()).catch(ignore);
  queryClient
    .query(stationsQueryOptions())
    .then((stations) => {
      const station = headlineStation(stations);
      if (station) return queryClient.query(seriesQueryOptions(headlineSeriesParams(station.id)));
    })
    .catch(ignore);
}
