/// <reference lib="webworker" />
import { toShanghaiTimestamp } from '../domain/shanghai-time';
import { saveImport, STORE_SCHEMA } from './dataset-store';
import type { FromWorker, ToWorker } from './import-protocol';
import {
  bundleParts,
  confirmReadings,
  confirmSewers,
  type ImportFile,
  previewReadings,
  previewSewers,
  type ReadingsRead,
  type SewersRead,
} from './preview';
import { ImportError, MAX_FILE_BYTES } from './problems';

/**
 * The import's own thread in the browser (DESIGN §7 "Files"): reads the files into a preview and, on confirmation,
 * builds the part of the dataset, derives its figures and stores it (`preview.ts` does the work), so that the page
 * stays responsive. It keeps what the last read merged (slot means, village rows), never the files' bytes.
 */
declare const self: DedicatedWorkerGlobalScope;

let lastReadings: ReadingsRead | null = null;
let lastSewers: SewersRead | null = null;

const post = (message: FromWorker) => self.postMessage(message);
const newId = (part: string) => `${part}-${Date.now()}`;
const progress = (index: number) => (done: number) => post({ type: 'progress', file: index, done });
const bytesOf = (files: File[]) =>
  Promise.all(
    files.map(async (file): Promise<ImportFile> => ({
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );

self.onmessage = async ({ data }: MessageEvent<ToWorker>) => {
  try {
    if (data.type === 'read') {
      lastReadings = null;
      const { preview, read } = await previewReadings(
        await bytesOf(data.files),
        data.options,
        data.known,
        data.remembered,
        progress,
      );
      lastReadings = read;
      post({ type: 'preview', preview });
    } else if (data.type === 'confirm') {
      if (!lastReadings) throw new Error('nothing read to import');
      const water = confirmReadings(lastReadings, data.choices, data.events, data.kept, data.importedAt);
      const id = newId('water');
      await saveImport({ schema: STORE_SCHEMA, part: 'water', id, createdAt: data.importedAt, ...water });
      post({ type: 'saved', id });
    } else if (data.type === 'read-sewers') {
      lastSewers = null;
      const { preview, read } = await previewSewers(await bytesOf(data.files), data.options, data.known, progress);
      lastSewers = read;
      post({ type: 'sewers-preview', preview });
    } else if (data.type === 'confirm-sewers') {
      if (!lastSewers) throw new Error('nothing read to import');
      const sewers = await confirmSewers(lastSewers, data.choices, data.importedAt);
      const id = newId('sewers');
      await saveImport({ schema: STORE_SCHEMA, part: 'sewers', id, createdAt: data.importedAt, ...sewers });
      post({ type: 'saved', id });
    } else {
      // Refused before a byte is read, as any file over the limit.
      if (data.file.size > MAX_FILE_BYTES) throw new ImportError({ code: 'too-large', bytes: data.file.size });
      const { water, sewers } = bundleParts(await data.file.text());
      const createdAt = toShanghaiTimestamp(Date.now());
      if (water) await saveImport({ schema: STORE_SCHEMA, part: 'water', id: newId('water'), createdAt, ...water });
      if (sewers) await saveImport({ schema: STORE_SCHEMA, part: 'sewers', id: newId('sewers'), createdAt, ...sewers });
      post({ type: 'saved', id: 'bundle' });
    }
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
