import { useCallback, useEffect, useRef, useState } from 'react';
import type { StationRecord, TransferEventRecord } from '../../domain/dataset';
import { toShanghaiTimestamp } from '../../domain/shanghai-time';
import { announceDatasetChange } from '../../import/dataset-channel';
import { ImportCancelled, ImportFailed, ImportWorker } from '../../import/import-client';
import type { ImportPreview } from '../../import/import-protocol';
import { MAX_FILE_BYTES, type ImportProblem } from '../../import/problems';
import type { FileOptions } from '../../import/read-file';
import type { StationChoice } from '../../import/water-import';

export interface ChosenFile {
  id: number;
  file: File;
  options: FileOptions;
}

export type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'reading'; file: number; done: number }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'saving'; preview: ImportPreview | null }
  | { kind: 'done'; files: string[] }
  | { kind: 'cancelled' }
  | { kind: 'failed'; problem: ImportProblem | { code: 'store'; detail: string }; preview: ImportPreview | null };

let nextId = 1;

/**
 * The import being prepared on `/data`: the files in order with their options, read (again) in the worker whenever
 * they change, the preview, and the confirmation that stores it and makes it active. Until then nothing changes; a
 * cancel or a failure leaves the active data as it was.
 */
export function useImport(known: readonly StationRecord[] | undefined) {
  const worker = useRef<ImportWorker | null>(null);
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [tooLarge, setTooLarge] = useState<string[]>([]);
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'idle' });

  useEffect(() => {
    const current = new ImportWorker();
    worker.current = current;
    return () => current.cancel();
  }, []);

  useEffect(() => {
    const reader = worker.current;
    if (!reader || files.length === 0 || known === undefined) return;
    let stale = false;
    setPhase({ kind: 'reading', file: 0, done: 0 });
    reader
      .read(
        { type: 'read', files: files.map((f) => f.file), options: files.map((f) => f.options), known: [...known] },
        (file, done) => !stale && setPhase({ kind: 'reading', file, done }),
      )
      .then(
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
  }, [files, known]);

  const addFiles = useCallback((list: Iterable<File>) => {
    const all = [...list];
    setTooLarge(all.filter((f) => f.size > MAX_FILE_BYTES).map((f) => f.name));
    const fitting = all.filter((f) => f.size <= MAX_FILE_BYTES).map((file) => ({ id: nextId++, file, options: {} }));
    if (fitting.length) setFiles((current) => [...current, ...fitting]);
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
      setFiles((current) => current.map((f) => (f.id === id ? { ...f, options: { ...f.options, ...options } } : f))),
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

  const confirm = useCallback(
    async (choices: StationChoice[], events: TransferEventRecord[]) => {
      if (phase.kind !== 'preview' && phase.kind !== 'failed') return;
      const preview = phase.kind === 'preview' ? phase.preview : phase.preview;
      if (!preview || !worker.current) return;
      setPhase({ kind: 'saving', preview });
      try {
        await worker.current.save({ type: 'confirm', choices, events, importedAt: toShanghaiTimestamp(Date.now()) });
      } catch (error) {
        if (error instanceof ImportFailed) return setPhase({ kind: 'failed', problem: error.problem, preview });
        throw error;
      }
      announceDatasetChange();
      setPhase({ kind: 'done', files: files.map((f) => f.file.name) });
      setFiles([]);
    },
    [phase, files],
  );

  /** Stores a dataset bundle (checked in the worker) as the active import. */
  const importBundle = useCallback(async (file: File) => {
    if (!worker.current) return;
    setPhase({ kind: 'saving', preview: null });
    try {
      await worker.current.save({ type: 'bundle', file });
    } catch (error) {
      if (error instanceof ImportFailed) return setPhase({ kind: 'failed', problem: error.problem, preview: null });
      throw error;
    }
    announceDatasetChange();
    setPhase({ kind: 'done', files: [file.name] });
  }, []);

  return { files, tooLarge, phase, addFiles, removeFile, moveUp, setOptions, cancel, discard, confirm, importBundle };
}
