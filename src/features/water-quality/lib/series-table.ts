import { INDICATORS, seriesReadings, type SeriesResponse, type Station } from '../../../api/water-quality';
import { toShanghaiTimestamp } from '../../../domain/shanghai-time';
import { messagesOf } from '../../../i18n/i18n';
import { fill, type Language } from '../../../i18n/messages';

export interface SeriesTable {
  header: string[];
  rows: (string | number | null)[][];
}

/**
 * The series as a table, one row per time (ISO 8601 with +08:00) and one column per station and indicator, units in
 * the header: what the CSV export writes. Stations and indicators in the order shown on the page.
 */
export function seriesTable(response: SeriesResponse, stations: readonly Station[], language: Language): SeriesTable {
  const m = messagesOf(language);
  const columns = stations.flatMap((station) =>
    INDICATORS.flatMap((indicator) => {
      const series = response.series.find((s) => s.stationId === station.id && s.indicator === indicator);
      if (!series) return [];
      const unit = response.indicators.find((i) => i.id === indicator)?.unit ?? m.indicator.unit;
      const title = fill(m.waterQuality.csvColumn, {
        station: station.name[language],
        indicator: m.indicator[indicator],
        unit,
      });
      return [{ title, values: new Map(seriesReadings(series)) }];
    }),
  );
  const times = [...new Set(columns.flatMap((c) => [...c.values.keys()]))].sort((a, b) => a - b);
  return {
    header: [m.waterQuality.csvTime, ...columns.map((c) => c.title)],
    rows: times.map((t) => [toShanghaiTimestamp(t), ...columns.map((c) => c.values.get(t) ?? null)]),
  };
}
