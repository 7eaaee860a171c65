import { Worker } from 'node:worker_threads';
import {
  BatchError,
  type BatchFile,
  type BatchKnown,
  type BatchOptions,
  type BatchResult,
} from '../src/import/batch-import';

export type ThreadAnswer = { ok: true; result: BatchResult } | { ok: false; message: string; batch: boolean };

/**
 * Reads a batch of files in a worker thread (DESIGN §10: the parse and the figures of a 130 000-row file take
 * seconds, which must not hold up the readers this process answers). One thread per import, ended after it.
 */
export function importInThread(
  files: readonly BatchFile[],
  known: BatchKnown,
  options: BatchOptions,
): Promise<BatchResult> {
  // A bootstrap in plain JavaScript that registers tsx in the thread, then loads `import.worker.ts`.
  const worker = new Worker(new URL('./import-worker.mjs', import.meta.url), {
    workerData: { files, known, options },
  });
  return new Promise<BatchResult>((resolve, reject) => {
    worker.once('message', (answer: ThreadAnswer) => {
      if (answer.ok) resolve(answer.result);
      else reject(answer.batch ? new BatchError(answer.message) : new Error(answer.message));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the import thread ended (${code}) before it answered`)));
  }).finally(() => void worker.terminate());
}
