import { env } from '../config/env';
import { ImportCancelled, ImportFailed, type Importer } from './import-client';
import type { ImportPreview, SewersPreview, ToWorker } from './import-protocol';
import type { FileOptions } from './read-file';
import type { Part } from '../domain/dataset';

/**
 * `/data`'s importer when the bureau server serves the page (DESIGN §10 "Imports through the server"): the same
 * requests as the browser's import worker, answered by the server. The files are uploaded once; a change of order or
 * of a file's options goes back with `PATCH` and the server reads them again; confirming sends the editor's choices,
 * then confirms against the active dataset the preview was made against (`basedOn`: 409 if another editor was first).
 */
export class ServerImporter implements Importer {
  private pending: { id: string; part: Part; files: File[]; basedOn: string } | null = null;
  private abort: AbortController | null = null;

  read(message: Extract<ToWorker, { type: 'read' }>) {
    return this.preview<ImportPreview>('water', message.files, message.options);
  }

  readSewers(message: Extract<ToWorker, { type: 'read-sewers' }>) {
    return this.preview<SewersPreview>('sewers', message.files, message.options);
  }

  async save(message: Extract<ToWorker, { type: 'confirm' | 'confirm-sewers' | 'bundle' }>): Promise<string> {
    const pending = this.pending;
    if (message.type === 'bundle' || !pending)
      throw new ImportFailed({ code: 'store', detail: 'nothing uploaded to import' });
    const choices =
      message.type === 'confirm'
        ? { stations: message.choices, events: message.events, keep: message.kept }
        : { towns: message.choices };
    await this.send('PATCH', `/imports/${pending.id}`, choices);
    await this.send('POST', `/imports/${pending.id}/confirm`, { basedOn: pending.basedOn });
    this.pending = null;
    return pending.id;
  }

  cancel(): void {
    this.abort?.abort();
    this.abort = null;
  }

  private async preview<P>(part: Part, files: File[], options: FileOptions[]): Promise<P> {
    this.cancel();
    const same =
      this.pending?.part === part &&
      files.length === this.pending.files.length &&
      files.every((f) => this.pending!.files.includes(f));
    if (!same) {
      if (this.pending) void this.send('DELETE', `/imports/${this.pending.id}`).catch(() => undefined);
      const datasets = (await this.send('GET', `/datasets?part=${part}`)) as { id: string; active: boolean }[];
      const basedOn = datasets.find((d) => d.active)?.id ?? '';
      const form = new FormData();
      form.append('part', part);
      for (const file of files) form.append('files', file, file.name);
      const uploaded = (await this.send('POST', '/imports', form)) as { id: string; preview: P };
      this.pending = { id: uploaded.id, part, files, basedOn };
      // Read as uploaded, with no option chosen yet: that preview is the one to show.
      if (options.every((o) => Object.values(o).every((v) => v === undefined))) return uploaded.preview;
    }
    const uploadedOrder = this.pending!.files;
    // Per-file options by upload position; `order` the positions in the order the page lists them.
    const byPosition = (pick: (o: FileOptions) => unknown) =>
      uploadedOrder.map((f) => pick(options[files.indexOf(f)] ?? {}) ?? null);
    const answer = (await this.send('PATCH', `/imports/${this.pending!.id}`, {
      order: files.map((f) => uploadedOrder.indexOf(f)),
      years: byPosition((o) => o.firstYear),
      encodings: byPosition((o) => o.encoding),
      sheet: byPosition((o) => o.sheet),
      mapping: byPosition((o) => o.mapping),
    })) as { preview: P };
    return answer.preview;
  }

  private async send(method: string, path: string, body?: unknown): Promise<unknown> {
    this.abort ??= new AbortController();
    const signal = this.abort.signal;
    let response: Response;
    try {
      response = await fetch(`${env.apiBaseUrl}${path}`, {
        method,
        credentials: 'same-origin',
        signal,
        headers: {
          Accept: 'application/json',
          'X-Requested-With': 'gehu',
          ...(body === undefined || body instanceof FormData ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? null : body instanceof FormData ? body : JSON.stringify(body),
      });
    } catch (cause) {
      if (signal.aborted) throw new ImportCancelled();
      throw new ImportFailed({ code: 'store', detail: cause instanceof Error ? cause.message : 'network error' });
    }
    if (response.status === 204) return null;
    const answer: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const detail = (answer as { detail?: string } | null)?.detail ?? response.statusText;
      throw new ImportFailed({ code: 'store', detail: `${response.status}: ${detail}` });
    }
    return answer;
  }
}
