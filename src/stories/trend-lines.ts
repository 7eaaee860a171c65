import { seriesReadings, type Indicator, type SeriesResponse, type Station } from '../api/water-quality';
import type { TrendLine } from '../charts/options/station-trend';
import type { Reading } from '../domain/readings';
import type { Language } from '../i18n/messages';

/** Stations read once a day or less often are drawn from the daily series (DESIGN §3 v3 "cadence"). */
const DAILY_CADENCE_MINUTES = 1440;
export const drawnDaily = (station: Station) => (station.cadenceMinutes ?? 0) >= DAILY_CADENCE_MINUTES;

interface TrendLinesInput {
  response: SeriesResponse;
  /**
   * The daily series of the same days, for the stations read daily or less often when `response` is 4-hourly: on the
   * 4-hour grid each of their readings stands alone between gaps, and a line of single points draws nothing.
   */
  daily?: SeriesResponse;
  indicator: Indicator;
  /** Every station, so that a station keeps its line style whichever others are drawn. */
  stations: readonly Station[];
  chosen: readonly Station[];
  language: Language;
  /** Moves the readings (last year's onto this year's dates); none by default. */
  shift?: (readings: Reading[]) => Reading[];
}

/** A trend chart's lines: one per chosen station the answer holds a series of, in the chosen order. */
export function trendLines({
  response,
  daily,
  indicator,
  stations,
  chosen,
  language,
  shift,
}: TrendLinesInput): TrendLine[] {
  return chosen.flatMap((station) => {
    const source = daily && drawnDaily(station) ? daily : response;
    const found = source.series.find((s) => s.stationId === station.id && s.indicator === indicator);
    if (!found) return [];
    const readings = seriesReadings(found);
    return [
      {
        name: station.name[language],
        kind: station.kind,
        style: stations.indexOf(station),
        readings: shift ? shift(readings) : readings,
      },
    ];
  });
}
