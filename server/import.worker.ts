import { parentPort, workerData } from 'node:worker_threads';
import {
  BatchError,
  importBatch,
  type BatchFile,
  type BatchKnown,
  type BatchOptions,
} from '../src/import/batch-import';
import type { ThreadAnswer } from './import-thread';

const { files, known, options } = workerData as { files: BatchFile[]; known: BatchKnown; options: BatchOptions };
let answer: ThreadAnswer;
try {
  answer = { ok: true, result: await importBatch(files, known, options) };
} catch (error) {
  answer = {
    ok: false,
    message: error instanceof Error ? error.message : String(error),
    batch: error instanceof BatchError,
  };
}
parentPort!.postMessage(answer);
