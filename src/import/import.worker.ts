/// <reference lib="webworker" />
import { deriveWaterFigures } from '../domain/water-figures';
import { toShanghaiTimestamp } from '../domain/shanghai-time';
import { saveWaterImport, STORE_SCHEMA } from './dataset-store';
import type { FileOutcome, FromWorker, ToWorker } from './import-protocol';
import { ImportError } from './problems';
import { type FileReadings, readReadingsFile } from './read-file';
import { readBundle } from './bundle';
import { dailyPreview, importedWater, mergeReadings, type MergedReadings } from './water-import';

/**
 * The import's own thread (DESIGN §7 "Files"): reads the files, merges them, and on confirmation builds the dataset,
 * derives its figures and stores it, so that the page stays responsive. It keeps the slot means of the last read,
 * never the files' bytes or rows.
 */
declare const self: DedicatedWorkerGlobalScope;

let lastRead: { files: FileReadings[]; merged: MergedReadings } | null = null;

const post = (message: FromWorker) => self.postMessage(message);

self.onmessage = async ({ data }: MessageEvent<ToWorker>) => {
  try {
    if (data.type === 'read') await read(data);
    else if (data.type === 'confirm') await confirm(data);
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

async function read({ files, options, known }: Extract<ToWorker, { type: 'read' }>) {
  lastRead = null;
  const outcomes: FileOutcome[] = [];
  const read: FileReadings[] = [];
  for (const [index, file] of files.entries()) {
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await readReadingsFile(file.name, bytes, options[index], (done) =>
        post({ type: 'progress', file: index, done }),
      );
      read.push(result);
      const { format, encoding, guessedEncoding, undecodable, sheets, sheet, report } = result;
      outcomes.push({
        name: file.name,
        ok: true,
        file: { name: file.name, format, encoding, guessedEncoding, undecodable, sheets, sheet, report },
      });
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      outcomes.push({ name: file.name, ok: false, problem: error.problem });
    }
  }
  const merged = mergeReadings(read, known);
  lastRead = { files: read, merged };
  post({
    type: 'preview',
    preview: {
      files: outcomes,
      stations: merged.stations,
      period: merged.period && {
        first: toShanghaiTimestamp(merged.period.first),
        last: toShanghaiTimestamp(merged.period.last),
      },
      overridden: merged.overridden,
      daily: dailyPreview(merged),
    },
  });
}

async function confirm({ choices, events, importedAt }: Extract<ToWorker, { type: 'confirm' }>) {
  if (!lastRead?.merged.period) throw new Error('nothing read to import');
  const files = lastRead.files.map((f) => ({ name: f.name, rows: f.report.rowsAccepted }));
  const dataset = importedWater(lastRead.merged, choices, events, files, importedAt);
  const id = `water-${Date.now()}`;
  await saveWaterImport({
    schema: STORE_SCHEMA,
    id,
    createdAt: importedAt,
    dataset,
    derived: deriveWaterFigures(dataset),
  });
  post({ type: 'saved', id });
}

async function importBundle(file: File) {
  const dataset = readBundle(await file.text());
  const id = `water-${Date.now()}`;
  const createdAt = toShanghaiTimestamp(Date.now());
  await saveWaterImport({ schema: STORE_SCHEMA, id, createdAt, dataset, derived: deriveWaterFigures(dataset) });
  post({ type: 'saved', id });
}
