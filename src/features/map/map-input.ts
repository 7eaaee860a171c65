import type { MapGeometry } from '../../api/map';
import { isBehind, type Town } from '../../api/sewers';
import type { Station, StationFigures, TransferEvent, WaterSummary } from '../../api/water-quality';
import type { MapStation, MapTown, SchematicMapInput } from '../../charts/options/schematic-map';
import { classify } from '../../domain/gb3838';
import { DAY_MS, startOfShanghaiDay, toShanghaiDate } from '../../domain/shanghai-time';
import { messagesOf } from '../../i18n/i18n';
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

export interface MapViewOptions {
  /** The day shown: the replay's, or the data's as-of time. */
  date: number;
  language: Language;
  /** Whether the flowing water may move. */
  animate: boolean;
  /** The station and town ids the wall's rotation brings forward. */
  focus?: { station: string | null; town: string | null };
  /** A replay: each station takes its class from before the transfer until the water showed there. */
  replay?: boolean;
  /** Short labels (the wall). */
  compact?: boolean;
}

/**
 * A station in a replay on `day`: the class of its served mean before the transfer until its NH3-N showed the
 * transfer (its served arrival lag), of its mean during the transfer from then on, and of its mean after once the
 * transfer is over. Window means rather than the day's value: one change per station, at its arrival, not a flicker
 * around a class limit every day.
 */
export function replayStation(
  figures: StationFigures,
  event: Pick<WaterSummary['event'], 'start' | 'end'>,
  day: number,
  kind: Station['kind'],
): Pick<MapStation, 'value' | 'waterClass' | 'arrival'> {
  const start = startOfShanghaiDay(event.start);
  const at = (value: number | null) => ({ value, waterClass: classify('nh3n', value, kind) });
  if (day < start) return at(figures.baseline.mean);
  const arrival = figures.lagDays !== null && day >= start + figures.lagDays * DAY_MS ? figures.lagDays : null;
  const over = event.end !== null && day >= event.end && figures.after?.mean != null;
  const mean = over ? figures.after!.mean : arrival === null ? figures.baseline.mean : figures.during.mean;
  // "Not yet" only where the water was measured to arrive later or not at all; a station with too little data to
  // tell is said nothing of.
  const measured =
    figures.lagDays !== null || figures.reasons.lagDays === 'not-reached' || figures.reasons.lagDays === 'not-yet';
  return measured ? { ...at(mean), arrival } : at(mean);
}

/**
 * What the map shows on `options.date`: stations placed by their location and coloured by the served latest NH3-N
 * class (or, in a replay, by `replayStation`), towns by their served plan figures, and the transfer whose window
 * holds the date flowing (otherwise the summarised one, still, named with its dates).
 */
export function mapView(sources: MapSources, options: MapViewOptions): MapView {
  const { date, language } = options;
  const m = messagesOf(language).map;
  const figures = (station: Station) =>
    sources.summary?.figures.find((f) => f.stationId === station.id && f.indicator === 'nh3n') ?? null;
  const figuresOn = (station: Station) => {
    const found = figures(station);
    if (options.replay && found && sources.summary)
      return replayStation(found, sources.summary.event, date, station.kind);
    return { value: found?.latest?.value ?? null, waterClass: found?.latest?.class ?? null };
  };
  const stations = sources.stations.flatMap((station): MapStation[] =>
    station.location
      ? [
          {
            id: station.id,
            name: station.name[language],
            kind: station.kind,
            lon: station.location.lon,
            lat: station.location.lat,
            ...figuresOn(station),
          },
        ]
      : [],
  );
  const towns = sources.towns.flatMap((town): MapTown[] =>
    town.location
      ? [
          {
            id: town.id,
            name: town.name[language],
            lon: town.location.lon,
            lat: town.location.lat,
            villages: town.villages.total,
            completed: town.villages.completed,
            shareOfPlan: town.plan?.shareOfPlan.villages ?? null,
            behind: isBehind(town.standing),
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
      animate: options.animate,
      focus: options.focus,
      compact: options.compact,
    },
    transfer: dates ? fill(transfer?.flowing ? m.flowingDates : m.still, dates) : null,
    withoutLocation,
  };
}
