import type { QueryClient } from '@tanstack/react-query';
import { progressQueryOptions, sewersSummaryQueryOptions, townsQueryOptions } from '../api/sewers';
import {
  DAILY_SERIES_PARAMS,
  seriesQueryOptions,
  stationsQueryOptions,
  transferEventsQueryOptions,
  waterSummaryQueryOptions,
} from '../api/water-quality';

/*
 * The two stories' common requests, which several pages' route loaders start as soon as the route matches, before
 * its components render. They do not wait: the page renders its frames at once. Failures are left to the components'
 * own queries, which show them.
 */

/** A prefetch's failure: left to the component's own query, which shows it. */
export const ignore = () => undefined;

/**
 * The water story's common requests, all at once: stations, the first event's summary, and every station's daily
 * means (the overview's and the wall's trends, and `/water-quality`'s default view).
 */
export function prefetchWaterStory(queryClient: QueryClient): void {
  queryClient.query(stationsQueryOptions()).catch(ignore);
  queryClient.query(waterSummaryQueryOptions()).catch(ignore);
  queryClient.query(seriesQueryOptions(DAILY_SERIES_PARAMS)).catch(ignore);
}

/** The water story's common requests and the events (the transfer band's name). */
export function prefetchWaterStoryWithEvents(queryClient: QueryClient): void {
  prefetchWaterStory(queryClient);
  queryClient.query(transferEventsQueryOptions()).catch(ignore);
}

/** The sewer story's overview: the summary and the programme's progress. */
export function prefetchSewerOverview(queryClient: QueryClient): void {
  queryClient.query(sewersSummaryQueryOptions()).catch(ignore);
  queryClient.query(progressQueryOptions()).catch(ignore);
}

/** The sewer overview's queries and the towns with their plan figures. */
export function prefetchTownStandings(queryClient: QueryClient): void {
  prefetchSewerOverview(queryClient);
  queryClient.query(townsQueryOptions()).catch(ignore);
}
