import { useMemo } from 'react';
import { useMeta } from '../../api/meta';
import { useProgress, useVillages } from '../../api/sewers';
import { DAILY_SERIES_PARAMS, useSeries, useTransferEvents, type SeriesResponse } from '../../api/water-quality';
import { parseShanghaiDate } from '../../domain/shanghai-time';
import { storyRange, type PresetSummary } from '../../stories/water-summary';
import type { BriefSearch } from './search';
import { useKeyPoints } from './use-key-points';

/** Why the briefing cannot be made as the URL asks: said on the page, with the default one offered. */
export type BriefProblem =
  | { kind: 'unknownEvent'; event: string }
  | { kind: 'reversed'; from: string; to: string }
  | { kind: 'noData'; from: string; to: string };

/** The charts' days: inclusive dates, undefined = from the start / to the end of the data. */
export interface ChartRange {
  from?: string;
  to?: string;
}

/** The URL's range over the event's story (DESIGN §7 "dataset period"): each end the URL gives replaces the story's. */
export function chartRange(search: BriefSearch, summary: PresetSummary): ChartRange {
  const story = storyRange(summary);
  return { from: search.from ?? story.from, to: search.to ?? story.to };
}

/** Whether any series holds a value on the range's days. */
export function hasValuesIn(response: SeriesResponse, range: ChartRange): boolean {
  const from = range.from === undefined ? -Infinity : parseShanghaiDate(range.from)!;
  const to = range.to === undefined ? Infinity : parseShanghaiDate(range.to)!;
  return response.series.some((s) =>
    s.values.some((value, i) => {
      const time = s.start + i * s.stepMinutes * 60_000;
      return value !== null && time >= from && time <= to;
    }),
  );
}

/**
 * Everything the briefing reads, from the API only: the event's served figures and the key points written from
 * them, the daily series for the trends, the sewer figures, progress and villages, and `/meta` for the data mark.
 * `reader` is whether someone is reading or printing (see `usePrintableCharts`).
 */
export function useBrief(search: BriefSearch, reader: boolean) {
  const events = useTransferEvents();
  const unknownEvent =
    search.event !== undefined && events.data !== undefined && !events.data.some((e) => e.id === search.event);
  // A named event's figures are asked for once it is known to exist (an unknown one is the API's 400, not a panel error).
  const keyPoints = useKeyPoints(
    search.event,
    search.event === undefined || (events.data !== undefined && !unknownEvent),
  );
  const series = useSeries(DAILY_SERIES_PARAMS);
  const progress = useProgress();
  // Every village, for the appendix only: asked for once a reader is there (or a print), not by a page merely opened.
  const villages = useVillages({ enabled: reader });
  const meta = useMeta();
  const summary = keyPoints.summary.data;
  const range = useMemo(() => (summary === undefined ? null : chartRange(search, summary)), [search, summary]);
  const problem = useMemo((): BriefProblem | null => {
    if (unknownEvent) return { kind: 'unknownEvent', event: search.event! };
    if (!range || !series.data) return null;
    const [from, to] = [range.from ?? series.data.from, range.to ?? series.data.to];
    if (from > to) return { kind: 'reversed', from, to };
    if (series.data.series.length > 0 && !hasValuesIn(series.data, range)) return { kind: 'noData', from, to };
    return null;
  }, [unknownEvent, search.event, range, series.data]);
  const event =
    events.data?.find((e) => e.id === (search.event ?? summary?.event.id)) ??
    (search.event === undefined ? (events.data?.[0] ?? null) : null);
  return { events, event, keyPoints, series, progress, villages, meta, range, problem };
}

export type BriefData = ReturnType<typeof useBrief>;
