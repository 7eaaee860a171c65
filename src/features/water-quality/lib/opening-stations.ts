import type { SeriesResponse, Station } from '../../../api/water-quality';
import { DAY_MS, parseShanghaiDate } from '../../../domain/shanghai-time';

/** The most stations a screen opens on: more lines than this are a tangle, and their legend fills the wall. */
export const MAX_OPENING_STATIONS = 8;

/**
 * The stations a screen opens on (DESIGN §7 v3 "Many stations"): those with a reading in the range shown, at most
 * eight, the headline station first and then by the share of days holding a reading (ties in the API's order);
 * returned in the API's order. The picker offers the rest.
 */
export function openingStations(
  stations: readonly Station[],
  series: Pick<SeriesResponse, 'series'>,
  range: { from?: string; to?: string } = {},
): Station[] {
  const [first, last] = [
    range.from ? parseShanghaiDate(range.from)! : -Infinity,
    range.to ? parseShanghaiDate(range.to)! + DAY_MS : Infinity,
  ];
  const share = new Map<string, number>();
  for (const s of series.series) {
    let [held, days] = [0, 0];
    s.values.forEach((v, i) => {
      const t = s.start + i * s.stepMinutes * 60_000;
      if (t < first || t >= last) return;
      days++;
      if (v !== null) held++;
    });
    share.set(s.stationId, Math.max(share.get(s.stationId) ?? 0, days ? held / days : 0));
  }
  const ranked = stations
    .filter((s) => (share.get(s.id) ?? 0) > 0)
    .map((station, index) => ({ station, index }))
    .sort(
      (a, b) =>
        Number(b.station.headline) - Number(a.station.headline) ||
        share.get(b.station.id)! - share.get(a.station.id)! ||
        a.index - b.index,
    )
    .slice(0, MAX_OPENING_STATIONS);
  return ranked.sort((a, b) => a.index - b.index).map((r) => r.station);
}
