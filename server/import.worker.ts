import { parentPort, workerData } from 'node:worker_threads';
import { deriveWaterFigures } from '../src/domain/water-figures';
import { BatchError, importBatch, type BatchResult } from '../src/import/batch-import';
import { bundleParts, confirmReadings, confirmSewers, previewReadings, previewSewers } from '../src/import/preview';
import { ImportError } from '../src/import/problems';
import { defaultTownChoices } from '../src/import/sewers-import';
import { defaultStationChoices, stationKey } from '../src/import/water-import';
import type { ThreadAnswer, ThreadTask, UploadPreview, UploadTask } from './import-thread';

/** The server's import thread: one task, answered once (`import-thread.ts`). */
const task = workerData as ThreadTask;

const bundleOf = (upload: UploadTask) => bundleParts(new TextDecoder().decode(upload.files[0]!.bytes));

async function preview(upload: UploadTask): Promise<UploadPreview> {
  if (upload.part === 'bundle') {
    const { water, sewers } = bundleOf(upload);
    return {
      part: 'bundle',
      preview: {
        water: water && { stations: water.dataset.stations.length, from: water.derived.from, asOf: water.derived.asOf },
        sewers: sewers && {
          towns: sewers.dataset.towns.length,
          villages: sewers.dataset.villages.length,
          asOf: sewers.dataset.asOf,
        },
      },
    };
  }
  return upload.part === 'water'
    ? {
        part: 'water',
        preview: (await previewReadings(upload.files, upload.options, upload.known.stations, upload.remembered))
          .preview,
      }
    : { part: 'sewers', preview: (await previewSewers(upload.files, upload.options, upload.known.towns)).preview };
}

async function confirm(upload: UploadTask, importedAt: string): Promise<BatchResult> {
  const { settings, known } = upload;
  if (upload.part === 'bundle') return { ...bundleOf(upload), log: [] };
  if (upload.part === 'sewers') {
    const { read } = await previewSewers(upload.files, upload.options, known.towns);
    if (!read.merged.villages.length) throw new BatchError('nothing to import: no file gave a village');
    const towns = settings.towns ?? defaultTownChoices(read.merged.towns);
    return { water: null, sewers: await confirmSewers(read, towns, importedAt), log: [] };
  }
  const { read } = await previewReadings(upload.files, upload.options, known.stations, upload.remembered);
  if (!read.merged.period) throw new BatchError('nothing to import: no file gave a reading');
  const stations = (
    settings.stations ?? defaultStationChoices(read.merged.stations, known.stations.find((s) => s.headline)?.id ?? null)
  ).map((c) => (settings.headline === undefined ? c : { ...c, headline: c.key === stationKey(settings.headline) }));
  const water = confirmReadings(read, stations, settings.events ?? known.events, settings.keep ?? [], importedAt);
  return { water, sewers: null, log: [] };
}

let answer: ThreadAnswer;
try {
  answer = {
    ok: true,
    result:
      task.kind === 'batch'
        ? await importBatch(task.files, task.known, task.options)
        : task.kind === 'derive-water'
          ? deriveWaterFigures(task.dataset)
          : task.kind === 'preview'
            ? await preview(task)
            : await confirm(task, task.importedAt),
  };
} catch (error) {
  answer = {
    ok: false,
    message:
      error instanceof ImportError
        ? JSON.stringify(error.problem)
        : error instanceof Error
          ? error.message
          : String(error),
    batch: error instanceof BatchError || error instanceof ImportError,
  };
}
parentPort!.postMessage(answer);
