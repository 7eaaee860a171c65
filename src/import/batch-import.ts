import type { WaterDerived } from '../domain/water-records';
import type { SewersDataset, StationRecord, TownRecord, TransferEventRecord, WaterDataset } from '../domain/dataset';
import type { StationKind } from '../domain/gb3838';
import { deriveSewersFigures, type SewersDerived } from '../domain/sewers-figures';
import { deriveWaterFigures } from '../domain/water-figures';
import { ImportError } from './problems';
import { readReadingsFile, type FileOptions } from './read-file';
import { defaultTownChoices, importedSewers, mergeSewers, readSewersFile } from './sewers-import';
import { defaultStationChoices, importedWater, mergeReadings, stationKey } from './water-import';

/** One file of a terminal import (`npm run data:import`, `npm run serve -- import`). */
export interface BatchFile {
  name: string;
  bytes: Uint8Array;
}

export interface BatchOptions extends FileOptions {
  /** A new station's kind by its name (`--kind NAME:inflow`); lake otherwise. */
  kinds?: ReadonlyMap<string, StationKind>;
  /** The headline station's name; the known headline, or the station with the most readings, otherwise. */
  headline?: string;
  importedAt: string;
}

/** What the files are matched against: the stations, events and towns of the data they replace. */
export interface BatchKnown {
  stations: readonly StationRecord[];
  events: readonly TransferEventRecord[];
  towns: readonly TownRecord[];
}

export interface BatchResult {
  water: { dataset: WaterDataset; derived: WaterDerived } | null;
  sewers: { dataset: SewersDataset; derived: SewersDerived } | null;
  /** One line per file and per station or town, for the terminal. */
  log: string[];
}

/** A batch that cannot be imported as a whole; nothing of it is kept. */
export class BatchError extends Error {}

/**
 * Reads a batch of files without a preview, with the defaults the preview would offer (readings or sewer tables,
 * told apart by their headers; suspect values excluded; new towns confirmed), and makes the parts they replace with
 * their figures. The same parsers as `/data`.
 */
export async function importBatch(
  files: readonly BatchFile[],
  known: BatchKnown,
  options: BatchOptions,
): Promise<BatchResult> {
  const readings = [];
  const sewerFiles = [];
  const log: string[] = [];
  for (const { name, bytes } of files) {
    let file;
    try {
      try {
        file = await readReadingsFile(name, bytes, options);
        readings.push(file);
      } catch (error) {
        // Not readings: a sewer table, or the readings' own problem when it is not one either.
        if (!(error instanceof ImportError && error.problem.code === 'missing-columns')) throw error;
        try {
          file = await readSewersFile(name, bytes, options);
        } catch {
          throw error;
        }
        sewerFiles.push(file);
      }
    } catch (error) {
      if (error instanceof ImportError) throw new BatchError(`${name}: ${JSON.stringify(error.problem)}`);
      throw error;
    }
    const { rowsRead, rowsAccepted, rowsRejected, rejections } = file.report;
    log.push(`${name}: ${rowsRead} rows read, ${rowsAccepted} accepted, ${rowsRejected} rejected`);
    for (const r of rejections.slice(0, 10)) log.push(`  row ${r.row}: ${r.reason} ${r.column ?? ''} ${r.value}`);
  }

  let sewers: BatchResult['sewers'] = null;
  if (sewerFiles.length) {
    const merged = mergeSewers(sewerFiles, known.towns);
    if (merged.planDecreases.length)
      throw new BatchError(`the plan falls from one month to the next: ${merged.planDecreases.join('; ')}`);
    const dataset = await importedSewers(
      merged,
      defaultTownChoices(merged.towns),
      sewerFiles.map((f) => ({ name: f.name, rows: f.report.rowsAccepted })),
      options.importedAt,
    );
    sewers = { dataset, derived: deriveSewersFigures(dataset) };
    for (const t of merged.towns) log.push(`town ${t.name}${t.known ? '' : ' (new)'}: ${t.villages} villages`);
    if (merged.duplicates.length) log.push(`duplicate names (numbered): ${merged.duplicates.join(', ')}`);
  }

  let water: BatchResult['water'] = null;
  if (readings.length) {
    const merged = mergeReadings(readings, known.stations);
    if (!merged.period) throw new BatchError('no readings accepted: nothing to import');
    const choices = defaultStationChoices(merged.stations, known.stations.find((s) => s.headline)?.id ?? null).map(
      (c) => ({
        ...c,
        kind: options.kinds?.get(c.key) ?? c.kind,
        headline: options.headline === undefined ? c.headline : c.key === stationKey(options.headline),
      }),
    );
    const dataset = importedWater(
      merged,
      choices,
      known.events,
      readings.map((f) => ({ name: f.name, rows: f.report.rowsAccepted })),
      options.importedAt,
    );
    water = { dataset, derived: deriveWaterFigures(dataset) };
    for (const s of choices) log.push(`station ${s.id} ${s.name.zh} (${s.kind}${s.headline ? ', headline' : ''})`);
    if (merged.suspects.length) log.push(`${merged.suspects.length} suspect values excluded`);
  }
  return { water, sewers, log };
}

/** `NAME:lake|inflow|outflow` pairs → kinds by station key. */
export function parseKinds(pairs: readonly string[]): Map<string, StationKind> {
  return new Map(
    pairs.map((pair) => {
      const [name, kind] = pair.split(':');
      if (!name || !['lake', 'inflow', 'outflow'].includes(kind ?? ''))
        throw new BatchError(`--kind ${pair}: NAME:lake|inflow|outflow`);
      return [stationKey(name), kind as StationKind];
    }),
  );
}
