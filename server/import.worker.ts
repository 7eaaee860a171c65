import { parentPort, workerData } from 'node:worker_threads';
import { deriveWaterFigures } from '../src/domain/water-figures';
import { BatchError, importBatch } from '../src/import/batch-import';
import type { ThreadAnswer, ThreadTask } from './import-thread';

const task = workerData as ThreadTask;
let answer: ThreadAnswer;
try {
  answer = {
    ok: true,
    result:
      task.kind === 'batch'
        ? await importBatch(task.files, task.known, task.options)
        : deriveWaterFigures(task.dataset),
  };
} catch (error) {
  answer = {
    ok: false,
    message: error instanceof Error ? error.message : String(error),
    batch: error instanceof BatchError,
  };
}
parentPort!.postMessage(answer);
