import type { WaterDerived } from '../domain/water-records';
import type {
  ProgressMonth,
  ReadingGrid,
  SewersDataset,
  SourceRecord,
  StationRecord,
  TownRecord,
  TransferEventRecord,
  VillageRecord,
  WaterDataset,
} from '../domain/dataset';
import { dailyGrid, type DailyGrid } from '../domain/readings';
import type { SewersDerived } from '../domain/sewers-figures';

/**
 * The dataset a host serves: its two parts with the figures derived from them when they became active (a read never
 * recomputes one). Every accessor is asynchronous so that a part can load on first use: the mock's illustrative files
 * arrive as lazy chunks, and the 4-hourly readings are the largest and only series requests need them.
 */
export interface WaterPart {
  source: () => Promise<SourceRecord>;
  stations: () => Promise<StationRecord[]>;
  events: () => Promise<TransferEventRecord[]>;
  readings: () => Promise<ReadingGrid>;
  /** The readings' daily values: daily series are served from them, without loading the readings. */
  daily: () => Promise<DailyGrid>;
  derived: () => Promise<WaterDerived>;
}

export interface SewersPart {
  source: () => Promise<SourceRecord>;
  towns: () => Promise<TownRecord[]>;
  villages: () => Promise<VillageRecord[]>;
  /** Each town's months by town id. */
  progress: () => Promise<Record<string, ProgressMonth[]>>;
  derived: () => Promise<SewersDerived>;
}

export interface ServedDataset {
  /** When the data was made: the newer import's time, or the generator's for the illustrative data. */
  generatedAt: () => Promise<string>;
  water: WaterPart;
  sewers: SewersPart;
}

/** A loader that runs once, on first use. */
export const once = <T>(load: () => Promise<T>) => {
  let cached: Promise<T> | undefined;
  return () => (cached ??= load());
};

/** A water dataset held whole, with the figures derived when it was made. */
export function waterPartOf({ dataset, derived }: { dataset: WaterDataset; derived: WaterDerived }): WaterPart {
  return {
    source: () => Promise.resolve(dataset.source),
    stations: () => Promise.resolve(dataset.stations),
    events: () => Promise.resolve(dataset.events),
    readings: () => Promise.resolve(dataset.readings),
    daily: once(() => Promise.resolve(dailyGrid(dataset.readings))),
    derived: () => Promise.resolve(derived),
  };
}

/** A sewer dataset held whole, with the figures derived when it was made. */
export function sewersPartOf({ dataset, derived }: { dataset: SewersDataset; derived: SewersDerived }): SewersPart {
  return {
    source: () => Promise.resolve(dataset.source),
    towns: () => Promise.resolve(dataset.towns),
    villages: () => Promise.resolve(dataset.villages),
    progress: () => Promise.resolve(dataset.progress),
    derived: () => Promise.resolve(derived),
  };
}
