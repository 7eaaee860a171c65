import type { QueryClient } from '@tanstack/react-query';
import {
  DAILY_SERIES_PARAMS,
  seriesQueryOptions,
  stationsQueryOptions,
  transferEventsQueryOptions,
  waterSummaryQueryOptions,
} from '../../api/water-quality';
import { earlySeriesParams, resolveView, viewSeriesParams, type WaterQualitySearch } from './lib/view';

/*
 * Route loaders start a page's queries as soon as the route matches, before its components render. They do not wait:
 * the page renders its frames at once. Failures are left to the components' own queries, which show them.
 */

const ignore = () => undefined;

/**
 * The water story's common requests, all at once: stations, the first event's summary, and every station's daily
 * means (the overview's and the wall's trends, and `/water-quality`'s default view).
 */
export function prefetchWaterStory(queryClient: QueryClient): void {
  queryClient.query(stationsQueryOptions()).catch(ignore);
  queryClient.query(waterSummaryQueryOptions()).catch(ignore);
  queryClient.query(seriesQueryOptions(DAILY_SERIES_PARAMS)).catch(ignore);
}

/** The wall: the common requests and the events (the transfer band's name). */
export function prefetchWallWater(queryClient: QueryClient): void {
  prefetchWaterStory(queryClient);
  queryClient.query(transferEventsQueryOptions()).catch(ignore);
}

/**
 * `/water-quality`: the common requests, the events, and the series the URL asks for (at once when it can be known
 * without the stations and the summary's windows).
 */
export function prefetchWaterQuality(queryClient: QueryClient, search: WaterQualitySearch): void {
  prefetchWallWater(queryClient);
  const early = earlySeriesParams(search);
  if (early) {
    queryClient.query(seriesQueryOptions(early)).catch(ignore);
    return;
  }
  Promise.all([queryClient.query(stationsQueryOptions()), queryClient.query(waterSummaryQueryOptions())])
    .then(([stations, summary]) =>
      queryClient.query(seriesQueryOptions(viewSeriesParams(resolveView(search, stations, summary)))),
    )
    .catch(ignore);
}
