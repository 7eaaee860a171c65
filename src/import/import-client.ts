import type { FromWorker, ImportPreview, SewersPreview, ToWorker } from './import-protocol';
import type { ImportProblem } from './problems';

export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
  }
}

export class ImportFailed extends Error {
  constructor(readonly problem: ImportProblem | { code: 'store'; detail: string }) {
    super(`import failed: ${problem.code}`);
  }
}

/** What `/data` reads files and saves imports through: the browser's worker, or the bureau server. */
export interface Importer {
  read(
    message: Extract<ToWorker, { type: 'read' }>,
    onProgress: (file: number, done: number) => void,
  ): Promise<ImportPreview>;
  readSewers(
    message: Extract<ToWorker, { type: 'read-sewers' }>,
    onProgress: (file: number, done: number) => void,
  ): Promise<SewersPreview>;
  save(message: Extract<ToWorker, { type: 'confirm' | 'confirm-sewers' | 'bundle' }>): Promise<string>;
  cancel(): void;
}

/**
 * The page's handle on the import worker: one request at a time, progress as it comes, and a cancel that stops the
 * worker at once (it is started afresh for the next request, having lost what it had read).
 */
export class ImportWorker implements Importer {
  private worker: Worker | null = null;
  private pending: { reject: (error: Error) => void; saving: boolean } | null = null;

  read(message: Extract<ToWorker, { type: 'read' }>, onProgress: (file: number, done: number) => void) {
    return this.request<ImportPreview>(message, (reply) => {
      if (reply.type === 'progress') onProgress(reply.file, reply.done);
      return reply.type === 'preview' ? reply.preview : undefined;
    });
  }

  readSewers(message: Extract<ToWorker, { type: 'read-sewers' }>, onProgress: (file: number, done: number) => void) {
    return this.request<SewersPreview>(message, (reply) => {
      if (reply.type === 'progress') onProgress(reply.file, reply.done);
      return reply.type === 'sewers-preview' ? reply.preview : undefined;
    });
  }

  /** Stores what was read last (or a bundle) as the active import; resolves once it is written. */
  save(message: Extract<ToWorker, { type: 'confirm' | 'confirm-sewers' | 'bundle' }>) {
    return this.request<string>(message, (reply) => (reply.type === 'saved' ? reply.id : undefined));
  }

  cancel(): void {
    this.worker?.terminate();
    this.worker = null;
    this.pending?.reject(new ImportCancelled());
    this.pending = null;
  }

  private request<T>(message: ToWorker, answer: (reply: FromWorker) => T | undefined): Promise<T> {
    // One request at a time: a second would take the first one's answer, and the first would never be told. A read
    // gives way (its reader has moved on); a save never does: what asks during one is refused.
    if (this.pending?.saving)
      return Promise.reject(new ImportFailed({ code: 'store', detail: 'an import is being saved' }));
    if (this.pending) this.cancel();
    this.worker ??= new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    const worker = this.worker;
    return new Promise<T>((resolve, reject) => {
      this.pending = { reject, saving: message.type !== 'read' && message.type !== 'read-sewers' };
      worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
        if (data.type === 'failed') {
          this.pending = null;
          return reject(new ImportFailed(data.problem));
        }
        const result = answer(data);
        if (result !== undefined) {
          this.pending = null;
          resolve(result);
        }
      };
      worker.onerror = (event) => {
        this.pending = null;
        reject(new ImportFailed({ code: 'store', detail: event.message }));
      };
      worker.postMessage(message);
    });
  }
}
