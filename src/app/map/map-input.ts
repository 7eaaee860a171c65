import type { MapGeometry } from '../../api/map';
import type { Town } from '../../api/sewers';
import type { Station, TransferEvent, WaterSummary } from '../../api/water-quality';
import type { MapStation, MapTown, SchematicMapInput } from '../../charts/options/schematic-map';
import { toShanghaiDate } from '../../domain/shanghai-time';
import { catalogues } from '../../i18n/i18n';
import { fill, type Language } from '../../i18n/messages';

export const MAP_NAME = 'gehu-schematic';

export interface MapSources {
  geometry: MapGeometry;
  stations: readonly Station[];
  /** The first event's figures (the latest values and classes); null without a transfer. */
  summary: WaterSummary | null;
  towns: readonly Town[];
  events: readonly TransferEvent[];
}

/** The map's input, the transfer in words with its dates, and what it cannot place (both said beside the map). */
export interface MapView {
  input: SchematicMapInput;
  transfer: string | null;
  withoutLocation: string[];
}

/**
 * What the map shows on `date` (the replay's day, or the as-of time): stations placed by their location and coloured
 * by the served latest NH3-N class, towns by their served plan figures, and
 * the transfer whose window holds the date flowing (otherwise the summarised one, still, named with its dates).
 */
export function mapView(sources: MapSources, date: number, language: Language, animate: boolean): MapView {
  const m = catalogues[language].map;
  const latest = (station: Station) =>
    sources.summary?.figures.find((f) => f.stationId === station.id && f.indicator === 'nh3n')?.latest ?? null;
  const stations = sources.stations.flatMap((station): MapStation[] =>
    station.location
      ? [
          {
            name: station.name[language],
            kind: station.kind,
            lon: station.location.lon,
            lat: station.location.lat,
            value: latest(station)?.value ?? null,
            waterClass: latest(station)?.class ?? null,
          },
        ]
      : [],
  );
  const towns = sources.towns.flatMap((town): MapTown[] =>
    town.location
      ? [
          {
            name: town.name[language],
            lon: town.location.lon,
            lat: town.location.lat,
            villages: town.villages.total,
            completed: town.villages.completed,
            shareOfPlan: town.plan?.shareOfPlan.villages ?? null,
          },
        ]
      : [],
  );
  const running = sources.events.find((e) => e.start <= date && (e.end === null || date < e.end));
  const shown = running ?? sources.events.find((e) => e.id === sources.summary?.event.id) ?? sources.events[0];
  const transfer = shown ? { name: shown.name[language], flowing: shown === running } : null;
  const dates = shown && {
    event: shown.name[language],
    from: toShanghaiDate(shown.start),
    to: shown.end === null ? '…' : toShanghaiDate(shown.end - 1),
  };
  const withoutLocation = [
    ...sources.stations.filter((s) => !s.location).map((s) => s.name[language]),
    ...sources.towns.filter((t) => !t.location).map((t) => t.name[language]),
  ];
  return {
    input: {
      mapName: MAP_NAME,
      geometry: sources.geometry,
      stations,
      towns,
      transfer,
      animate,
    },
    transfer: dates ? fill(transfer?.flowing ? m.flowingDates : m.still, dates) : null,
    withoutLocation,
  };
}
