import { seriesReadings, type Indicator, type SeriesResponse, type Station } from '../../../api/water-quality';
import type { TrendLine } from '../../../charts/options/station-trend';
import type { Reading } from '../../../domain/readings';
import type { Language } from '../../../i18n/messages';

interface TrendLinesInput {
  response: SeriesResponse;
  indicator: Indicator;
  /** Every station, so that a station keeps its line style whichever others are drawn. */
  stations: readonly Station[];
  chosen: readonly Station[];
  language: Language;
  /** Moves the readings (last year's onto this year's dates); none by default. */
  shift?: (readings: Reading[]) => Reading[];
}

/** A trend chart's lines: one per chosen station the answer holds a series of, in the chosen order. */
export function trendLines({ response, indicator, stations, chosen, language, shift }: TrendLinesInput): TrendLine[] {
  return chosen.flatMap((station) => {
    const found = response.series.find((s) => s.stationId === station.id && s.indicator === indicator);
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
