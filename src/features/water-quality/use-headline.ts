import { useMemo } from 'react';
import {
  DAILY_SERIES_PARAMS,
  seriesReadings,
  useSeries,
  useStations,
  useWaterSummary,
  type Indicator,
  type Station,
  type StationFigures,
  type WaterSummary,
} from '../../api/water-quality';
import type { Reading } from '../../domain/readings';
import { figuresOf, headlineStation, inStory } from '../../stories/water-summary';

/** What the overview shows of the water story: the headline station, its served figures and its daily trend. */
export interface Headline {
  station: Station;
  figures: Record<Indicator, StationFigures | null>;
  daily: Record<Indicator, Reading[]>;
  /** The summarised event's dates, to shade; null without a transfer event whose window holds a reading. */
  event: WaterSummary['event'] | null;
}

/**
 * The headline station's figures and trend. The three requests go out together: the station is picked from the
 * stations, its figures from the summary, its daily means from the daily series every trend shares.
 */
export function useHeadline() {
  const stations = useStations();
  const summary = useWaterSummary();
  const series = useSeries(DAILY_SERIES_PARAMS);
  const station = stations.data ? headlineStation(stations.data) : null;
  const headline = useMemo((): Headline | null => {
    if (!station || summary.data === undefined || !series.data) return null;
    const daily = (indicator: Indicator) => {
      const found = series.data.series.find((s) => s.stationId === station.id && s.indicator === indicator);
      return found ? inStory(seriesReadings(found), summary.data) : [];
    };
    return {
      station,
      figures: { nh3n: figuresOf(summary.data, station.id, 'nh3n'), tn: figuresOf(summary.data, station.id, 'tn') },
      daily: { nh3n: daily('nh3n'), tn: daily('tn') },
      // A transfer without a reading in its window frames nothing: no band, no "during the transfer" card.
      event: summary.data?.event.inData ? summary.data.event : null,
    };
  }, [station, summary.data, series.data]);
  return { headline, queries: [stations, summary, series], noStation: stations.data !== undefined && station === null };
}
