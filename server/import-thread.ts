import type { WaterDerived } from '../src/domain/water-records';
import { Worker } from 'node:worker_threads';
import type { ImportPreview, SewersPreview } from '../src/import/import-protocol';
import type { ImportFile } from '../src/import/preview';
import type { FileOptions } from '../src/import/read-file';
import type { ImportSettings } from './pending-imports';
import type { WaterDataset, Part } from '../src/domain/dataset';
import {
  BatchError,
  type BatchFile,
  type BatchKnown,
  type BatchOptions,
  type BatchResult,
} from '../src/import/batch-import';

/** An upload's preview, or its confirmation with the editor's choices (DESIGN §10 "Imports through the server"). */
export interface UploadTask {
  part: Part | 'bundle';
  files: ImportFile[];
  options: FileOptions[];
  known: BatchKnown;
  /** Station matches editors made before: station key → known station id. */
  remembered: Record<string, string>;
  settings: ImportSettings;
}

export type ThreadTask =
  | { kind: 'batch'; files: readonly BatchFile[]; known: BatchKnown; options: BatchOptions }
  | { kind: 'derive-water'; dataset: WaterDataset }
  | ({ kind: 'preview' } & UploadTask)
  | ({ kind: 'confirm'; importedAt: string } & UploadTask);

/** What a bundle would make active: each part it carries, in brief. */
export interface BundlePreview {
  water: { stations: number; from: string; asOf: string } | null;
  sewers: { towns: number; villages: number; asOf: string } | null;
}

export type UploadPreview =
  | { part: 'water'; preview: ImportPreview }
  | { part: 'sewers'; preview: SewersPreview }
  | { part: 'bundle'; preview: BundlePreview };

export type ThreadAnswer = { ok: true; result: unknown } | { ok: false; message: string; batch: boolean };

/**
 * Reads a batch of files in a worker thread (DESIGN §10: the parse and the figures of a 130 000-row file take
 * seconds, which must not hold up the readers this process answers).
 */
export function importInThread(
  files: readonly BatchFile[],
  known: BatchKnown,
  options: BatchOptions,
): Promise<BatchResult> {
  return inThread<BatchResult>({ kind: 'batch', files, known, options });
}

/** A water dataset's figures, derived in a worker thread (an edit of the events keeps readings of any size). */
export function deriveInThread(dataset: WaterDataset): Promise<WaterDerived> {
  return inThread<WaterDerived>({ kind: 'derive-water', dataset });
}

/** An upload's preview, read in a worker thread with the same parser as `/data` in the browser. */
export function previewInThread(task: UploadTask): Promise<UploadPreview> {
  return inThread<UploadPreview>({ kind: 'preview', ...task });
}

/** The parts an upload makes with the editor's choices, derived and checked in a worker thread. */
export function confirmInThread(task: UploadTask, importedAt: string): Promise<BatchResult> {
  return inThread<BatchResult>({ kind: 'confirm', importedAt, ...task });
}

/** One thread per task, ended after it. */
function inThread<T>(task: ThreadTask): Promise<T> {
  // A bootstrap in plain JavaScript that registers tsx in the thread, then loads `import.worker.ts`.
  const worker = new Worker(new URL('./import-worker.mjs', import.meta.url), { workerData: task });
  return new Promise<T>((resolve, reject) => {
    worker.once('message', (answer: ThreadAnswer) => {
      if (answer.ok) resolve(answer.result as T);
      else reject(answer.batch ? new BatchError(answer.message) : new Error(answer.message));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the thread ended (${code}) before it answered`)));
  }).finally(() => void worker.terminate());
}
