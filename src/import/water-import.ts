import { INDICATORS, type Indicator, type StationKind } from '../domain/gb3838';
import type {
  LocalName,
  Location,
  ReadingGrid,
  StationRecord,
  TransferEventRecord,
  WaterDataset,
} from '../domain/dataset';
import { median, roundConcentration, SLOT_MS, SLOTS_PER_DAY } from '../domain/readings';
import { DAY_MS, startOfShanghaiDay, toShanghaiTimestamp } from '../domain/shanghai-time';
import type { FileReadings } from './read-file';

/**
 * The readings of several files as one import (DESIGN §7 "Files", "Stations", "What replaces what"): merged in the
 * order given (for the same station and slot the later file wins), stations matched by name to the known ones, and
 * — once the user confirms — the water part of a dataset on the 4-hour grid.
 */

/** A name as stations are matched: NFKC (full-width → half-width), trimmed, inner spaces gone, case folded. */
export const stationKey = (name: string) => name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

export interface PreviewStation {
  key: string;
  /** As the (first) file writes it. */
  name: string;
  /** The known station it is, or null for a new one. */
  known: StationRecord | null;
  readings: Record<Indicator, number>;
  /**
   * Share of the import's period holding a reading: of its 4-hour slots, or of its days for a station read daily or
   * less often (one reading a day covers its day).
   */
  coverage: Record<Indicator, number>;
  /** The median gap between its readings' times, in minutes; null with fewer than two. */
  cadenceMinutes: number | null;
  /** Its first and last reading, epoch ms. */
  first: number;
  last: number;
}

/** A reading of the file that won its slot, with where it came from. */
export interface SlotReading {
  time: number;
  value: number;
  row: number;
  file: number;
}

/** One station's readings by indicator and slot (epoch ms ÷ 4 h, which lands on 00:00 … 20:00 +08:00). */
type SlotReadings = Record<Indicator, Map<number, SlotReading[]>>;

/**
 * A value the import leaves out unless the user keeps it (DESIGN §7 v3 "Suspect values"): over 10 × its station's
 * median and over 2.0 mg/L (with 5 values or more of that indicator), over 20 mg/L (with fewer), or exactly 0.
 */
export interface Suspect {
  /** Stable across reads of the same files: station key, indicator and time. */
  id: string;
  station: string;
  indicator: Indicator;
  time: number;
  value: number;
  /** The median it was checked against; null where the station had too few values for one. */
  median: number | null;
  file: string;
  row: number;
}

/** Which suspect values an import keeps: none (the default), some by id, or all. */
export type Kept = readonly string[] | 'all';

export interface MergedReadings {
  stations: PreviewStation[];
  /** First and last slot holding a reading (epoch ms); null when nothing was accepted. */
  period: { first: number; last: number } | null;
  /** Slots a later file overwrote. */
  overridden: number;
  /** Readings that shared a 4-hour slot with another of the same station and indicator (and are averaged). */
  averaged: number;
  suspects: Suspect[];
  slots: Map<string, SlotReadings>;
}

const DAY_MINUTES = 1440;

/** A station needs this many values of an indicator for its median to judge a value by. */
const SUSPECT_MIN_VALUES = 5;
const SUSPECT_TIMES_MEDIAN = 10;
const SUSPECT_ABOVE = 2.0;
/** With fewer values than that, only values above this are suspect (mg/L). */
const SUSPECT_ABOVE_WITHOUT_MEDIAN = 20;

/** The suspect values among one station's readings of one indicator. */
function suspectsOf(readings: readonly SlotReading[]): { reading: SlotReading; median: number | null }[] {
  const med = readings.length >= SUSPECT_MIN_VALUES ? median(readings.map((r) => r.value)) : null;
  const suspect = (value: number) =>
    value === 0 ||
    (med === null ? value > SUSPECT_ABOVE_WITHOUT_MEDIAN : value > SUSPECT_TIMES_MEDIAN * med && value > SUSPECT_ABOVE);
  return readings.filter((r) => suspect(r.value)).map((reading) => ({ reading, median: med }));
}

/** The median gap between distinct reading times, in minutes; null with fewer than two. */
function medianGapMinutes(times: readonly number[]): number | null {
  const sorted = [...new Set(times)].sort((a, b) => a - b);
  if (sorted.length < 2) return null;
  return median(sorted.slice(1).map((t, i) => (t - sorted[i]!) / 60_000));
}

/**
 * Several files' readings as one import: for the same station and slot the later file wins, names matched to the
 * known stations (and to the matches the user made before: `remembered`, station key → station id), suspect values
 * found over the files merged.
 */
export function mergeReadings(
  files: readonly FileReadings[],
  knownStations: readonly StationRecord[],
  remembered: Readonly<Record<string, string>> = {},
): MergedReadings {
  const slots = new Map<string, SlotReadings>();
  const names = new Map<string, string>();
  let overridden = 0;
  files.forEach((file, index) => {
    for (const [name, readings] of file.stations) {
      const key = stationKey(name);
      if (!names.has(key)) names.set(key, name);
      let merged = slots.get(key);
      if (!merged) slots.set(key, (merged = { nh3n: new Map(), tn: new Map() }));
      for (const indicator of INDICATORS) {
        const fromFile = new Map<number, SlotReading[]>();
        for (const [time, { value, row }] of readings[indicator]) {
          const slot = Math.floor(time / SLOT_MS);
          const list = fromFile.get(slot);
          const reading = { time, value, row, file: index };
          if (list) list.push(reading);
          else fromFile.set(slot, [reading]);
        }
        for (const [slot, list] of fromFile) {
          if (merged[indicator].has(slot)) overridden++;
          merged[indicator].set(slot, list);
        }
      }
    }
  });

  let [first, last, averaged] = [Infinity, -Infinity, 0];
  const suspects: Suspect[] = [];
  for (const [key, byIndicator] of slots)
    for (const indicator of INDICATORS) {
      const all = [...byIndicator[indicator].values()].flat();
      for (const [slot, list] of byIndicator[indicator]) {
        [first, last] = [Math.min(first, slot), Math.max(last, slot)];
        averaged += list.length - 1;
      }
      for (const { reading, median: med } of suspectsOf(all))
        suspects.push({
          id: `${key}|${indicator}|${reading.time}`,
          station: names.get(key)!,
          indicator,
          time: reading.time,
          value: reading.value,
          median: med,
          file: files[reading.file]!.name,
          row: reading.row,
        });
    }
  const period = first <= last ? { first: first * SLOT_MS, last: last * SLOT_MS } : null;
  const slotCount = period ? last - first + 1 : 0;
  const dayCount = period
    ? Math.round((startOfShanghaiDay(last * SLOT_MS) - startOfShanghaiDay(first * SLOT_MS)) / DAY_MS) + 1
    : 0;

  const byId = new Map(knownStations.map((s) => [s.id, s]));
  const byName = new Map(knownStations.flatMap((s) => [s.name.zh, s.name.en].map((n) => [stationKey(n), s] as const)));
  const stations = [...slots].map(([key, means]): PreviewStation => {
    const times = INDICATORS.flatMap((indicator) => [...means[indicator].values()].flat().map((r) => r.time));
    const cadenceMinutes = medianGapMinutes(times);
    const daily = (cadenceMinutes ?? 0) >= DAY_MINUTES;
    const covered = (indicator: Indicator) => {
      if (!daily) return slotCount ? means[indicator].size / slotCount : 0;
      const days = new Set([...means[indicator].keys()].map((slot) => startOfShanghaiDay(slot * SLOT_MS)));
      return dayCount ? days.size / dayCount : 0;
    };
    return {
      key,
      name: names.get(key)!,
      known: byName.get(key) ?? byId.get(remembered[key] ?? '') ?? null,
      readings: { nh3n: means.nh3n.size, tn: means.tn.size },
      coverage: { nh3n: covered('nh3n'), tn: covered('tn') },
      cadenceMinutes,
      // A loop, not Math.min(...times): a long hourly series has more readings than a call takes arguments.
      first: times.reduce((a, b) => Math.min(a, b), Infinity),
      last: times.reduce((a, b) => Math.max(a, b), -Infinity),
    };
  });
  return { stations, period, overridden, averaged, suspects, slots };
}

/** What the user settled for a station in the preview. */
export interface StationChoice {
  key: string;
  id: string;
  name: LocalName;
  kind: StationKind;
  headline: boolean;
  location: Location | null;
  /** The user matched this name to the known station `id` in the preview (remembered for the next import). */
  matchedByUser?: boolean;
}

/**
 * The choices the preview starts from: known stations as they are, new ones as lake stations with their own name;
 * the headline the known one, or (no known headline matched) the station with the most readings.
 */
export function defaultStationChoices(stations: readonly PreviewStation[], headlineId: string | null): StationChoice[] {
  const taken = new Set(stations.flatMap((s) => (s.known ? [s.known.id] : [])));
  let next = 1;
  const freshId = () => {
    while (taken.has(`station-${next}`)) next++;
    taken.add(`station-${next}`);
    return `station-${next}`;
  };
  const choices = stations.map((s) => ({
    key: s.key,
    id: s.known?.id ?? freshId(),
    name: s.known?.name ?? { zh: s.name, en: s.name },
    kind: s.known?.kind ?? ('lake' as const),
    headline: false,
    location: s.known?.location ?? null,
  }));
  const count = (s: PreviewStation) => Math.max(s.readings.nh3n, s.readings.tn);
  const most = stations.reduce<PreviewStation | null>((best, s) => (!best || count(s) > count(best) ? s : best), null);
  const headline = choices.find((c) => c.id === headlineId) ?? choices.find((c) => c.key === most?.key);
  if (headline) headline.headline = true;
  return choices;
}

/** Daily means of each station's NH3-N and TN without the suspect values, for the preview: from the first day. */
export function dailyPreview(merged: MergedReadings) {
  if (!merged.period) return null;
  const grid = toGrid(
    merged,
    merged.stations.map((s) => ({ key: s.key, id: s.key })),
    [],
  );
  const daily = (values: readonly (number | null)[]) => {
    const days: (number | null)[] = [];
    for (let i = 0; i < values.length; i += SLOTS_PER_DAY) {
      let [sum, n] = [0, 0];
      for (const v of values.slice(i, i + SLOTS_PER_DAY)) if (v !== null) [sum, n] = [sum + v, n + 1];
      days.push(n ? roundConcentration(sum / n) : null);
    }
    return days;
  };
  return {
    start: grid.start,
    stations: merged.stations.map((s) => ({
      key: s.key,
      name: s.name,
      nh3n: daily(grid.values[s.key]!.nh3n),
      tn: daily(grid.values[s.key]!.tn),
    })),
  };
}

/**
 * The merged readings on the contract's grid, from 00:00 of the first reading's day to the last slot holding one:
 * each slot the mean of its readings, suspect values left out unless kept.
 */
function toGrid(merged: MergedReadings, stations: readonly { key: string; id: string }[], kept: Kept): ReadingGrid {
  const { first, last } = merged.period!;
  const start = startOfShanghaiDay(first);
  const slots = (last - start) / SLOT_MS + 1;
  const firstSlot = start / SLOT_MS;
  const keptIds = new Set(kept === 'all' ? merged.suspects.map((s) => s.id) : kept);
  const excluded = new Set(merged.suspects.filter((s) => !keptIds.has(s.id)).map((s) => s.id));
  const values: ReadingGrid['values'] = {};
  for (const { key, id } of stations) {
    const readings = merged.slots.get(key)!;
    const column = (indicator: Indicator) => {
      const out = new Array<number | null>(slots).fill(null);
      for (const [slot, list] of readings[indicator]) {
        const used = list.filter((r) => !excluded.has(`${key}|${indicator}|${r.time}`));
        if (used.length)
          out[slot - firstSlot] = roundConcentration(used.reduce((sum, r) => sum + r.value, 0) / used.length);
      }
      return out;
    };
    values[id] = { nh3n: column('nh3n'), tn: column('tn') };
  }
  return { start: toShanghaiTimestamp(start), stepMinutes: 240, slots, values };
}

/** The water part the import makes active: every imported station (and only those), the events as settled. */
export function importedWater(
  merged: MergedReadings,
  choices: readonly StationChoice[],
  events: readonly TransferEventRecord[],
  files: readonly { name: string; rows: number }[],
  importedAt: string,
  kept: Kept = [],
): WaterDataset {
  const keptIds = new Set(kept === 'all' ? merged.suspects.map((s) => s.id) : kept);
  const excluded = (file: string) => merged.suspects.filter((s) => s.file === file && !keptIds.has(s.id)).length;
  const stations: StationRecord[] = choices.map(({ id, name, kind, headline, location }) => ({
    id,
    name,
    kind,
    headline,
    location,
  }));
  return {
    source: {
      kind: 'import',
      files: files.map((f) => ({ name: f.name, importedAt, rows: f.rows, excluded: excluded(f.name) })),
    },
    stations,
    readings: toGrid(merged, choices, kept),
    events: [...events],
  };
}
