import { INDICATORS, type Indicator, type StationKind } from '../domain/gb3838';
import type {
  LocalName,
  Location,
  ReadingGrid,
  StationRecord,
  TransferEventRecord,
  WaterDataset,
} from '../domain/dataset';
import { roundConcentration, SLOT_MS, SLOTS_PER_DAY } from '../domain/readings';
import { startOfShanghaiDay, toShanghaiTimestamp } from '../domain/shanghai-time';
import type { FileReadings } from './read-file';
import type { SlotMeans } from './readings-table';

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
  /** Share of the period's 4-hour slots holding a reading. */
  coverage: Record<Indicator, number>;
}

export interface MergedReadings {
  stations: PreviewStation[];
  /** First and last slot holding a reading (epoch ms); null when nothing was accepted. */
  period: { first: number; last: number } | null;
  /** Slots a later file overwrote. */
  overridden: number;
  slots: Map<string, SlotMeans>;
}

export function mergeReadings(files: readonly FileReadings[], knownStations: readonly StationRecord[]): MergedReadings {
  const slots = new Map<string, SlotMeans>();
  const names = new Map<string, string>();
  let overridden = 0;
  for (const file of files)
    for (const [name, means] of file.stations) {
      const key = stationKey(name);
      if (!names.has(key)) names.set(key, name);
      let merged = slots.get(key);
      if (!merged) slots.set(key, (merged = { nh3n: new Map(), tn: new Map() }));
      for (const indicator of INDICATORS)
        for (const [slot, value] of means[indicator]) {
          if (merged[indicator].has(slot)) overridden++;
          merged[indicator].set(slot, value);
        }
    }

  let first = Infinity;
  let last = -Infinity;
  for (const means of slots.values())
    for (const indicator of INDICATORS)
      for (const slot of means[indicator].keys()) [first, last] = [Math.min(first, slot), Math.max(last, slot)];
  const period = first <= last ? { first: first * SLOT_MS, last: last * SLOT_MS } : null;
  const slotCount = period ? last - first + 1 : 0;

  const byName = new Map(knownStations.flatMap((s) => [s.name.zh, s.name.en].map((n) => [stationKey(n), s] as const)));
  const stations = [...slots].map(([key, means]) => ({
    key,
    name: names.get(key)!,
    known: byName.get(key) ?? null,
    readings: { nh3n: means.nh3n.size, tn: means.tn.size },
    coverage: {
      nh3n: slotCount ? means.nh3n.size / slotCount : 0,
      tn: slotCount ? means.tn.size / slotCount : 0,
    },
  }));
  return { stations, period, overridden, slots };
}

/** What the user settled for a station in the preview. */
export interface StationChoice {
  key: string;
  id: string;
  name: LocalName;
  kind: StationKind;
  headline: boolean;
  location: Location | null;
}

/** The choices the preview starts from: known stations as they are, new ones as lake stations with their own name. */
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
  const headline = choices.find((c) => c.id === headlineId) ?? choices.find((c) => c.kind === 'lake') ?? choices[0];
  if (headline) headline.headline = true;
  return choices;
}

/** Daily means of each station's NH3-N and TN, for the preview's small chart: from the first reading's day. */
export function dailyPreview(merged: MergedReadings) {
  if (!merged.period) return null;
  const grid = toGrid(
    merged,
    merged.stations.map((s) => ({ key: s.key, id: s.key })),
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

/** The merged readings on the contract's grid: from 00:00 of the first reading's day to the last slot holding one. */
function toGrid(merged: MergedReadings, stations: readonly { key: string; id: string }[]): ReadingGrid {
  const { first, last } = merged.period!;
  const start = startOfShanghaiDay(first);
  const slots = (last - start) / SLOT_MS + 1;
  const firstSlot = start / SLOT_MS;
  const values: ReadingGrid['values'] = {};
  for (const { key, id } of stations) {
    const means = merged.slots.get(key)!;
    const column = (indicator: Indicator) => {
      const out = new Array<number | null>(slots).fill(null);
      for (const [slot, value] of means[indicator]) out[slot - firstSlot] = roundConcentration(value);
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
): WaterDataset {
  const stations: StationRecord[] = choices.map(({ id, name, kind, headline, location }) => ({
    id,
    name,
    kind,
    headline,
    location,
  }));
  return {
    source: { kind: 'import', files: files.map((f) => ({ name: f.name, importedAt, rows: f.rows })) },
    stations,
    readings: toGrid(merged, choices),
    events: [...events],
  };
}
