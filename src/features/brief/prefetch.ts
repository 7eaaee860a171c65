import type { QueryClient } from '@tanstack/react-query';
import { prefetchTownStandings, prefetchWaterStoryWithEvents } from '../../stories/prefetch';

/**
 * `/brief`: the water story with the events and the towns' standings, all at once. The first event's figures only: a
 * named event is checked against the events before its figures are asked for. The villages (the appendix) wait for a
 * reader (`useBrief`).
 */
export function prefetchBrief(queryClient: QueryClient): void {
  prefetchWaterStoryWithEvents(queryClient);
  prefetchTownStandings(queryClient);
}
