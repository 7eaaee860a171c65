import type { QueryClient } from '@tanstack/react-query';
import { seriesQueryOptions, stationsQueryOptions, waterSummaryQueryOptions } from '../../api/water-quality';
import { ignore, prefetchWaterStoryWithEvents } from '../../stories/prefetch';
import { earlySeriesParams, resolveView, viewSeriesParams, type WaterQualitySearch } from './lib/view';

/**
 * `/water-quality`: the common requests, the events, and the series the URL asks for (at once when it can be known
 * without the stations and the summary's windows).
 */
export function prefetchWaterQuality(queryClient: QueryClient, search: WaterQualitySearch): void {
  prefetchWaterStoryWithEvents(queryClient);
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
