import type { Indicator, StationKind } from './gb3838';

/**
 * A dataset as it is stored, shipped and exchanged: the illustrative files in `data/`, and (issue 8 on) the user's
 * imports and bundles. JSON-ready (times are `+08:00` timestamps, dates `YYYY-MM-DD`), so that the same value is
 * written to disk, kept in IndexedDB and read by the domain module. Two parts, each replaced on its own by an import.
 */

export interface LocalName {
  zh: string;
  en: string;
}

export interface Location {
  lat: number;
  lon: number;
}

export interface StationRecord {
  id: string;
  name: LocalName;
  kind: StationKind;
  headline: boolean;
  location: Location | null;
}

export interface TransferEventRecord {
  id: string;
  name: LocalName;
  source: LocalName;
  /** `YYYY-MM-DDTHH:mm:ss+08:00`. */
  start: string;
  /** Exclusive; null while the event runs. */
  end: string | null;
  flowM3s: number;
  note: LocalName;
}

/** Readings on a fixed 4-hour grid: `values[station][indicator][i]` belongs to `start + i × stepMinutes`. */
export interface ReadingGrid {
  start: string;
  stepMinutes: 240;
  slots: number;
  /** Concentrations in mg/L with 3 decimals; null where nothing was recorded. */
  values: Record<string, Record<Indicator, (number | null)[]>>;
}

/** The two parts a dataset is made of, each imported, activated and served on its own. */
export const PARTS = ['water', 'sewers'] as const;
export type Part = (typeof PARTS)[number];

/** `excluded`: a readings file's suspect values left out (DESIGN §7 v3 "Suspect values"). */
export type SourceRecord =
  | { kind: 'illustrative' }
  | { kind: 'import'; files: { name: string; importedAt: string; rows: number; excluded?: number }[] };

export interface WaterDataset {
  source: SourceRecord;
  stations: StationRecord[];
  readings: ReadingGrid;
  events: TransferEventRecord[];
}

export const VILLAGE_STATUSES = ['not_started', 'in_progress', 'completed'] as const;
export type VillageStatus = (typeof VILLAGE_STATUSES)[number];

export interface VillageRecord {
  id: string;
  name: LocalName;
  townId: string;
  status: VillageStatus;
  households: number;
  treatment: 'sewer_to_plant' | 'village_station';
  pipelineKm: { planned: number; built: number };
  startedOn: string | null;
  completedOn: string | null;
}

export interface TownRecord {
  id: string;
  name: LocalName;
  location: Location | null;
}

/**
 * One month of a town's programme, cumulative: the plan (null where none was given: an import without a plan file)
 * and, up to the as-of month, what was done.
 */
export interface ProgressMonth {
  month: string;
  plannedVillages: number | null;
  completedVillages: number | null;
  plannedKm: number | null;
  builtKm: number | null;
}

export interface SewersDataset {
  source: SourceRecord;
  /** `YYYY-MM-DD`, both inclusive. */
  period: { start: string; end: string };
  /** `YYYY-MM-DDTHH:mm:ss+08:00`. */
  asOf: string;
  towns: TownRecord[];
  villages: VillageRecord[];
  /** Every town's months, in order, by town id. */
  progress: Record<string, ProgressMonth[]>;
}

export interface Dataset {
  /** When the dataset was made (the generator's fixed time, or the import's). */
  generatedAt: string;
  water: WaterDataset;
  sewers: SewersDataset;
}
