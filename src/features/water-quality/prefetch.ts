import type { QueryClient } from '@tanstack/react-query';
import {
  headlineSeriesParams,
  seriesQueryOptions,
  stationsQueryOptions,
  transferEventsQueryOptions,
} from '../../api/water-quality';
import { headlineStation } from './lib/headline';
import { primaryTransfer } from './lib/transfer';
import {
  earlySeriesParams,
  resolveView,
  STATISTICS_SERIES_PARAMS,
  viewSeriesParams,
  type WaterQualitySearch,
} from './lib/view';

/*
 * Route loaders start a page's queries as soon as the route matches, before its components render. They do not wait:
 * the page renders its frames at once. Failures are left to the components' own queries, which show them.
 */

const ignore = () => undefined;

/** The overview: the transfer events, the stations, and, once the headline station is known, its readings. */
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

/**
 * `/water-quality`: stations and events, and the series the URL asks for (at once when it can be known without
 * them). The readings behind the statistics are left to the page, which fetches them once the charts are drawn.
 */
export function prefetchWaterQuality(queryClient: QueryClient, search: WaterQualitySearch): void {
  const early = earlySeriesParams(search);
  if (early) queryClient.query(seriesQueryOptions(early)).catch(ignore);
  Promise.all([queryClient.query(stationsQueryOptions()), queryClient.query(transferEventsQueryOptions())])
    .then(([stations, events]) =>
      queryClient.query(seriesQueryOptions(viewSeriesParams(resolveView(search, stations, primaryTransfer(events))))),
    )
    .catch(ignore);
}

/** The wall: the stations, the transfer events and every station's 4-hourly readings. */
export function prefetchWallWater(queryClient: QueryClient): void {
  queryClient.query(stationsQueryOptions()).catch(ignore);
  queryClient.query(transferEventsQueryOptions()).catch(ignore);
  queryClient.query(seriesQueryOptions(STATISTICS_SERIES_PARAMS)).catch(ignore);
}
