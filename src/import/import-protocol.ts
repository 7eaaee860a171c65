import type { StationRecord, TransferEventRecord } from '../domain/dataset';
import type { Encoding } from './decode';
import type { ImportProblem } from './problems';
import type { FileOptions } from './read-file';
import type { TableReport } from './readings-table';
import type { dailyPreview, PreviewStation, StationChoice } from './water-import';

/** The messages between the page and the import worker. */

export type ToWorker =
  | { type: 'read'; files: File[]; options: FileOptions[]; known: StationRecord[] }
  | { type: 'confirm'; choices: StationChoice[]; events: TransferEventRecord[]; importedAt: string }
  | { type: 'bundle'; file: File };

export interface FileSummary {
  name: string;
  format: 'csv' | 'workbook';
  encoding: Encoding | null;
  guessedEncoding: Encoding | null;
  undecodable: number;
  sheets: string[];
  sheet: string | null;
  report: TableReport;
}

export type FileOutcome =
  { name: string; ok: true; file: FileSummary } | { name: string; ok: false; problem: ImportProblem };

export interface ImportPreview {
  files: FileOutcome[];
  stations: PreviewStation[];
  /** `+08:00` timestamps of the first and last slot holding a reading. */
  period: { first: string; last: string } | null;
  overridden: number;
  daily: ReturnType<typeof dailyPreview>;
}

export type FromWorker =
  | { type: 'progress'; file: number; done: number }
  | { type: 'preview'; preview: ImportPreview }
  | { type: 'saved'; id: string }
  | { type: 'failed'; problem: ImportProblem | { code: 'store'; detail: string } };
