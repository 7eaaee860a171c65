import type { WaterDerived } from '../domain/water-records';
import { deriveSewersFigures, type SewersDerived } from '../domain/sewers-figures';
import { toShanghaiTimestamp } from '../domain/shanghai-time';
import { deriveWaterFigures } from '../domain/water-figures';
import type { SewersDataset, StationRecord, TownRecord, TransferEventRecord, WaterDataset } from '../domain/dataset';
import { readBundle } from './bundle';
import { checkSewers, checkWater } from './contract-check';
import type { FileOutcome, ImportPreview, SewersFileOutcome, SewersPreview } from './import-protocol';
import { ImportError } from './problems';
import { type FileOptions, type FileReadings, type ReadAs, readReadingsFile } from './read-file';
import {
  defaultTownChoices,
  importedSewers,
  type MergedSewers,
  mergeSewers,
  readSewersFile,
  type SewersFileReadings,
  type TownChoice,
} from './sewers-import';
import {
  dailyPreview,
  importedWater,
  type Kept,
  mergeReadings,
  type MergedReadings,
  type StationChoice,
} from './water-import';

/**
 * An import from its files to its preview, and from the preview and the user's choices to the dataset with its
 * figures: host-free, run by the browser's import worker (`import.worker.ts`) and by the bureau server's import thread.
 */

/** One file to read: its name and bytes. */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

type Progress = (file: number) => (done: number) => void;
const noProgress: Progress = () => () => undefined;

/** Reads each file in turn, a problem with one file being its outcome rather than the whole read's failure. */
async function readEach<T extends { name: string }>(
  files: readonly ImportFile[],
  read: (file: ImportFile, index: number) => Promise<T>,
) {
  const outcomes: (
    { name: string; ok: true; file: T } | { name: string; ok: false; problem: ImportError['problem'] }
  )[] = [];
  const done: T[] = [];
  for (const [index, file] of files.entries()) {
    try {
      const result = await read(file, index);
      done.push(result);
      outcomes.push({ name: file.name, ok: true, file: result });
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      outcomes.push({ name: file.name, ok: false, problem: error.problem });
    }
  }
  return { read: done, outcomes };
}

/** What the preview says of a file read: how it was read and its report, not its readings. */
function summaryOf<R>({
  name,
  format,
  encoding,
  guessedEncoding,
  undecodable,
  undecodableRows,
  sheets,
  sheet,
  report,
}: ReadAs & { name: string; report: R }) {
  return { name, format, encoding, guessedEncoding, undecodable, undecodableRows, sheets, sheet, report };
}

export interface ReadingsRead {
  files: FileReadings[];
  merged: MergedReadings;
}

export async function previewReadings(
  files: readonly ImportFile[],
  options: readonly FileOptions[],
  known: readonly StationRecord[],
  remembered: Readonly<Record<string, string>>,
  progress: Progress = noProgress,
): Promise<{ preview: ImportPreview; read: ReadingsRead }> {
  const { read, outcomes } = await readEach(files, (file, i) =>
    readReadingsFile(file.name, file.bytes, options[i], progress(i)),
  );
  const merged = mergeReadings(read, known, remembered);
  const preview: ImportPreview = {
    // Each file's report, not its slot means.
    files: outcomes.map((o): FileOutcome => (o.ok ? { name: o.name, ok: true, file: summaryOf(o.file) } : o)),
    stations: merged.stations,
    period: merged.period && {
      first: toShanghaiTimestamp(merged.period.first),
      last: toShanghaiTimestamp(merged.period.last),
    },
    overridden: merged.overridden,
    averaged: merged.averaged,
    suspects: merged.suspects,
    daily: dailyPreview(merged),
  };
  return { preview, read: { files: read, merged } };
}

/** The water dataset the confirmed choices make, its figures derived and checked against the contract. */
export function confirmReadings(
  { files, merged }: ReadingsRead,
  choices: readonly StationChoice[],
  events: readonly TransferEventRecord[],
  kept: Kept,
  importedAt: string,
): { dataset: WaterDataset; derived: WaterDerived } {
  if (!merged.period) throw new Error('nothing read to import');
  const rows = files.map((f) => ({ name: f.name, rows: f.report.rowsAccepted }));
  const dataset = importedWater(merged, choices, events, rows, importedAt, kept);
  const derived = deriveWaterFigures(dataset);
  checkWater(dataset, derived);
  return { dataset, derived };
}

export interface SewersRead {
  files: SewersFileReadings[];
  merged: MergedSewers;
}

export async function previewSewers(
  files: readonly ImportFile[],
  options: readonly FileOptions[],
  known: readonly TownRecord[],
  progress: Progress = noProgress,
): Promise<{ preview: SewersPreview; read: SewersRead }> {
  const { read, outcomes } = await readEach(files, (file, i) =>
    readSewersFile(file.name, file.bytes, options[i], progress(i)),
  );
  const merged = mergeSewers(read, known);
  const rows = read.map((f) => ({ name: f.name, rows: f.report.rowsAccepted }));
  const candidate = merged.villages.length
    ? await importedSewers(merged, defaultTownChoices(merged.towns), rows, toShanghaiTimestamp(Date.now()))
    : null;
  const derived = candidate && deriveSewersFigures(candidate);
  const preview: SewersPreview = {
    files: outcomes.map((o): SewersFileOutcome => (o.ok ? { name: o.name, ok: true, file: summaryOf(o.file) } : o)),
    towns: merged.towns,
    duplicates: merged.duplicates,
    manyDuplicates: merged.manyDuplicates,
    planDecreases: merged.planDecreases,
    asOf: merged.asOf,
    totals: {
      villages: derived?.summary.villages.total ?? 0,
      plannedKm: derived?.summary.pipelineKm.planned ?? 0,
      builtKm: derived?.summary.pipelineKm.built ?? 0,
    },
    hasPlan: merged.plan.length > 0,
    programme: derived?.programme ?? [],
    broken: derived ? brokenSums(derived) : [],
  };
  return { preview, read: { files: read, merged } };
}

/** DESIGN §3's sum invariants, as the sentences of those that fail. */
function brokenSums({ summary, towns, programme }: SewersDerived): string[] {
  const broken: string[] = [];
  const sum = (pick: (t: (typeof towns)[number]) => number) => towns.reduce((s, t) => s + pick(t), 0);
  if (sum((t) => t.villages.total) !== summary.villages.total) broken.push('towns ≠ programme (villages)');
  if (sum((t) => t.villages.completed) !== summary.villages.completed) broken.push('towns ≠ programme (completed)');
  const last = programme.filter((m) => m.completedVillages !== null).at(-1);
  if (last && last.completedVillages !== summary.villages.completed) broken.push('last month ≠ summary (villages)');
  if (last && Math.round((last.builtKm ?? 0) * 1000) !== Math.round(summary.pipelineKm.built * 1000))
    broken.push('last month ≠ summary (km)');
  return broken;
}

export async function confirmSewers(
  { files, merged }: SewersRead,
  choices: readonly TownChoice[],
  importedAt: string,
): Promise<{ dataset: SewersDataset; derived: SewersDerived }> {
  if (!merged.villages.length) throw new Error('nothing read to import');
  const rows = files.map((f) => ({ name: f.name, rows: f.report.rowsAccepted }));
  const dataset = await importedSewers(merged, choices, rows, importedAt);
  const derived = deriveSewersFigures(dataset);
  checkSewers(dataset, derived);
  return { dataset, derived };
}

/** A bundle's parts with their figures, both checked before either is kept: a bundle is taken whole or not at all. */
export function bundleParts(text: string) {
  const bundle = readBundle(text);
  const water = bundle.water && { dataset: bundle.water, derived: deriveWaterFigures(bundle.water) };
  const sewers = bundle.sewers && { dataset: bundle.sewers, derived: deriveSewersFigures(bundle.sewers) };
  if (water) checkWater(water.dataset, water.derived);
  if (sewers) checkSewers(sewers.dataset, sewers.derived);
  return { water, sewers };
}
