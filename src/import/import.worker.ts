/// <reference lib="webworker" />
import { deriveSewersFigures } from '../domain/sewers-figures';
import { toShanghaiTimestamp } from '../domain/shanghai-time';
import { deriveWaterFigures } from '../domain/water-figures';
import { readBundle } from './bundle';
import { checkSewers, checkWater } from './contract-check';
import { saveImport, STORE_SCHEMA } from './dataset-store';
import type { FileOutcome, FromWorker, SewersFileOutcome, SewersPreview, ToWorker } from './import-protocol';
import { ImportError, MAX_FILE_BYTES } from './problems';
import { type FileReadings, type ReadAs, readReadingsFile } from './read-file';
import {
  defaultTownChoices,
  importedSewers,
  type MergedSewers,
  mergeSewers,
  readSewersFile,
  type SewersFileReadings,
} from './sewers-import';
import { dailyPreview, importedWater, mergeReadings, type MergedReadings } from './water-import';

/**
 * The import's own thread (DESIGN §7 "Files"): reads the files, merges them, and on confirmation builds the part of
 * the dataset, derives its figures and stores it, so that the page stays responsive. It keeps what the last read
 * merged (slot means, village rows), never the files' bytes.
 */
declare const self: DedicatedWorkerGlobalScope;

let lastReadings: { files: FileReadings[]; merged: MergedReadings } | null = null;
let lastSewers: { files: SewersFileReadings[]; merged: MergedSewers } | null = null;

const post = (message: FromWorker) => self.postMessage(message);
const newId = (part: string) => `${part}-${Date.now()}`;

self.onmessage = async ({ data }: MessageEvent<ToWorker>) => {
  try {
    if (data.type === 'read') await read(data);
    else if (data.type === 'confirm') await confirm(data);
    else if (data.type === 'read-sewers') await readSewers(data);
    else if (data.type === 'confirm-sewers') await confirmSewers(data);
    else await importBundle(data.file);
  } catch (error) {
    post({
      type: 'failed',
      problem:
        error instanceof ImportError
          ? error.problem
          : { code: 'store', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) },
    });
  }
};

/** Reads each file in turn, a problem with one file being its outcome rather than the whole read's failure. */
async function readEach<T extends { name: string }>(
  files: File[],
  read: (file: File, index: number) => Promise<T>,
): Promise<{
  read: T[];
  outcomes: ({ name: string; ok: true; file: T } | { name: string; ok: false; problem: ImportError['problem'] })[];
}> {
  const outcomes = [];
  const done: T[] = [];
  for (const [index, file] of files.entries()) {
    try {
      const result = await read(file, index);
      done.push(result);
      outcomes.push({ name: file.name, ok: true as const, file: result });
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      outcomes.push({ name: file.name, ok: false as const, problem: error.problem });
    }
  }
  return { read: done, outcomes };
}

/** What the page is told of a file read: how it was read and its report, not the readings (those stay here). */
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

const bytesOf = async (file: File) => new Uint8Array(await file.arrayBuffer());
const progress = (index: number) => (done: number) => post({ type: 'progress', file: index, done });

async function read({ files, options, known, remembered }: Extract<ToWorker, { type: 'read' }>) {
  lastReadings = null;
  const { read, outcomes } = await readEach(files, async (file, i) =>
    readReadingsFile(file.name, await bytesOf(file), options[i], progress(i)),
  );
  const merged = mergeReadings(read, known, remembered);
  lastReadings = { files: read, merged };
  post({
    type: 'preview',
    preview: {
      // Each file's report, not its slot means: those stay here.
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
    },
  });
}

async function confirm({ choices, events, kept, importedAt }: Extract<ToWorker, { type: 'confirm' }>) {
  if (!lastReadings?.merged.period) throw new Error('nothing read to import');
  const files = lastReadings.files.map((f) => ({ name: f.name, rows: f.report.rowsAccepted }));
  const dataset = importedWater(lastReadings.merged, choices, events, files, importedAt, kept);
  const id = newId('water');
  const derived = deriveWaterFigures(dataset);
  checkWater(dataset, derived);
  await saveImport({ schema: STORE_SCHEMA, part: 'water', id, createdAt: importedAt, dataset, derived });
  post({ type: 'saved', id });
}

async function readSewers({ files, options, known }: Extract<ToWorker, { type: 'read-sewers' }>) {
  lastSewers = null;
  const { read, outcomes } = await readEach(files, async (file, i) =>
    readSewersFile(file.name, await bytesOf(file), options[i], progress(i)),
  );
  const merged = mergeSewers(read, known);
  lastSewers = { files: read, merged };
  const files_ = read.map((f) => ({ name: f.name, rows: f.report.rowsAccepted }));
  const candidate = merged.villages.length
    ? await importedSewers(merged, defaultTownChoices(merged.towns), files_, toShanghaiTimestamp(Date.now()))
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
  post({ type: 'sewers-preview', preview });
}

/** DESIGN §3's sum invariants, as the sentences of those that fail. */
function brokenSums({ summary, towns, programme }: ReturnType<typeof deriveSewersFigures>): string[] {
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

async function confirmSewers({ choices, importedAt }: Extract<ToWorker, { type: 'confirm-sewers' }>) {
  if (!lastSewers?.merged.villages.length) throw new Error('nothing read to import');
  const files = lastSewers.files.map((f) => ({ name: f.name, rows: f.report.rowsAccepted }));
  const dataset = await importedSewers(lastSewers.merged, choices, files, importedAt);
  const id = newId('sewers');
  const derived = deriveSewersFigures(dataset);
  checkSewers(dataset, derived);
  await saveImport({ schema: STORE_SCHEMA, part: 'sewers', id, createdAt: importedAt, dataset, derived });
  post({ type: 'saved', id });
}

async function importBundle(file: File) {
  // Refused before a byte is read, as any file over the limit.
  if (file.size > MAX_FILE_BYTES) throw new ImportError({ code: 'too-large', bytes: file.size });
  const bundle = readBundle(await file.text());
  const createdAt = toShanghaiTimestamp(Date.now());
  // Both parts are checked before either is stored: a bundle is made active whole or not at all.
  const water = bundle.water && { dataset: bundle.water, derived: deriveWaterFigures(bundle.water) };
  const sewers = bundle.sewers && { dataset: bundle.sewers, derived: deriveSewersFigures(bundle.sewers) };
  if (water) checkWater(water.dataset, water.derived);
  if (sewers) checkSewers(sewers.dataset, sewers.derived);
  if (water) await saveImport({ schema: STORE_SCHEMA, part: 'water', id: newId('water'), createdAt, ...water });
  if (sewers) await saveImport({ schema: STORE_SCHEMA, part: 'sewers', id: newId('sewers'), createdAt, ...sewers });
  post({ type: 'saved', id: 'bundle' });
}
