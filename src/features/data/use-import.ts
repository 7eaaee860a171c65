import { useCallback, useEffect, useRef, useState } from 'react';
import { announceDatasetChange } from '../../import/dataset-channel';
import { apiHost } from '../../config/api-host';
import { ImportCancelled, ImportFailed, ImportWorker, type Importer } from '../../import/import-client';
import { ServerImporter } from '../../import/server-importer';
import type { ToWorker } from '../../import/import-protocol';
import { MAX_FILE_BYTES, type ImportProblem } from '../../import/problems';
import type { FileOptions } from '../../import/read-file';

export interface ChosenFile {
  id: number;
  file: File;
  options: FileOptions;
}

export type ImportPhase<P> =
  | { kind: 'idle' }
  | { kind: 'reading'; file: number; done: number }
  | { kind: 'preview'; preview: P }
  | { kind: 'saving'; preview: P | null }
  | { kind: 'done'; files: string[] }
  | { kind: 'cancelled' }
  | { kind: 'failed'; problem: ImportProblem | { code: 'store'; detail: string }; preview: P | null };

/** How one kind of import reads its files into a preview (readings, or the sewer tables). */
export type ReadFiles<P> = (
  worker: Importer,
  files: File[],
  options: FileOptions[],
  onProgress: (file: number, done: number) => void,
) => Promise<P>;

let nextId = 1;

/** The year of the first row the batch was given: the first file's that has one. */
const batchYear = (files: readonly ChosenFile[]) =>
  files.find((f) => f.options.firstYear !== undefined)?.options.firstYear;

/**
 * An import being prepared on `/data`: the files in order with their options, read (again) in the worker whenever
 * they change (`read` changes when what it matches against does), the preview, and the confirmation that stores it
 * and makes it active. Until then nothing changes; a cancel or a failure leaves the active data as it was.
 */
export function useImport<P>(read: ReadFiles<P> | null) {
  const worker = useRef<Importer | null>(null);
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [tooLarge, setTooLarge] = useState<string[]>([]);
  const [phase, setPhase] = useState<ImportPhase<P>>({ kind: 'idle' });
  // Whether a confirm is being stored: the data changing meanwhile (another tab) must not start a new read, which
  // would take the worker's answer to the confirm and leave it unsaid (one confirm, one outcome).
  const saving = useRef(false);

  useEffect(() => {
    // Served by the bureau server, the files go to it; otherwise they are read here, in a worker.
    const current = apiHost === 'server' ? new ServerImporter() : new ImportWorker();
    worker.current = current;
    return () => current.cancel();
  }, []);

  useEffect(() => {
    const reader = worker.current;
    if (!reader || files.length === 0 || read === null || saving.current) return;
    let stale = false;
    setPhase({ kind: 'reading', file: 0, done: 0 });
    read(
      reader,
      files.map((f) => f.file),
      files.map((f) => f.options),
      (file, done) => !stale && setPhase({ kind: 'reading', file, done }),
    ).then(
      (preview) => !stale && setPhase({ kind: 'preview', preview }),
      (error: unknown) => {
        if (stale) return;
        if (error instanceof ImportCancelled) setPhase({ kind: 'cancelled' });
        else if (error instanceof ImportFailed) setPhase({ kind: 'failed', problem: error.problem, preview: null });
        else throw error;
      },
    );
    return () => {
      stale = true;
    };
  }, [files, read]);

  const addFiles = useCallback((list: Iterable<File>) => {
    const all = [...list];
    setTooLarge(all.filter((f) => f.size > MAX_FILE_BYTES).map((f) => f.name));
    const fitting = all.filter((f) => f.size <= MAX_FILE_BYTES);
    if (fitting.length)
      setFiles((current) => {
        // Files added to a batch take the year the batch was given.
        const year = batchYear(current);
        const options = year === undefined ? {} : { firstYear: year };
        return [...current, ...fitting.map((file) => ({ id: nextId++, file, options }))];
      });
  }, []);

  const removeFile = useCallback((id: number) => setFiles((current) => current.filter((f) => f.id !== id)), []);

  const moveUp = useCallback(
    (id: number) =>
      setFiles((current) => {
        const i = current.findIndex((f) => f.id === id);
        if (i <= 0) return current;
        const next = [...current];
        [next[i - 1], next[i]] = [next[i]!, next[i - 1]!];
        return next;
      }),
    [],
  );

  const setOptions = useCallback(
    (id: number, options: FileOptions) =>
      setFiles((current) =>
        current.map((f) => {
          if (f.id === id) return { ...f, options: { ...f.options, ...options } };
          // The year is asked once for the batch: it goes to every file not given one of its own.
          if (options.firstYear !== undefined && f.options.firstYear === undefined)
            return { ...f, options: { ...f.options, firstYear: options.firstYear } };
          return f;
        }),
      ),
    [],
  );

  /** Stops reading; the files stay listed, to read again after a change. */
  const cancel = useCallback(() => worker.current?.cancel(), []);

  const discard = useCallback(() => {
    worker.current?.cancel();
    setFiles([]);
    setTooLarge([]);
    setPhase({ kind: 'idle' });
  }, []);

  /** Stores what the worker read last (or a bundle) and makes it active in every tab. */
  const save = useCallback(
    async (message: Extract<ToWorker, { type: 'confirm' | 'confirm-sewers' | 'bundle' }>, names: string[]) => {
      if (!worker.current) return;
      const preview = phase.kind === 'preview' || phase.kind === 'failed' ? phase.preview : null;
      setPhase({ kind: 'saving', preview });
      saving.current = true;
      try {
        await worker.current.save(message);
      } catch (error) {
        if (error instanceof ImportFailed) return setPhase({ kind: 'failed', problem: error.problem, preview });
        throw error;
      } finally {
        saving.current = false;
      }
      announceDatasetChange();
      setPhase({ kind: 'done', files: names });
      if (message.type !== 'bundle') setFiles([]);
    },
    [phase],
  );

  // The preview stays shown while it is saved and after a failed save, beside the failure.
  const preview = phase.kind === 'preview' || phase.kind === 'saving' || phase.kind === 'failed' ? phase.preview : null;
  return { files, tooLarge, phase, preview, addFiles, removeFile, moveUp, setOptions, cancel, discard, save };
}
