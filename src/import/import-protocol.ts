import type { StationRecord, TownRecord, TransferEventRecord } from '../domain/dataset';
import type { ProgressMonth } from '../domain/dataset';
import type { ImportProblem } from './problems';
import type { FileOptions, ReadAs } from './read-file';
import type { TableReport } from './readings-table';
import type { MergedSewers, TownChoice } from './sewers-import';
import type { SewersTableReport } from './sewers-table';
import type { dailyPreview, Kept, PreviewStation, StationChoice, Suspect } from './water-import';

/** The messages between the page and the import worker. */

export type ToWorker =
  | {
      type: 'read';
      files: File[];
      options: FileOptions[];
      known: StationRecord[];
      /** Station matches the user made in earlier imports: station key → known station id. */
      remembered: Record<string, string>;
    }
  | { type: 'confirm'; choices: StationChoice[]; events: TransferEventRecord[]; kept: Kept; importedAt: string }
  | { type: 'read-sewers'; files: File[]; options: FileOptions[]; known: TownRecord[] }
  | { type: 'confirm-sewers'; choices: TownChoice[]; importedAt: string }
  | { type: 'bundle'; file: File };

/** What the page is told of a file read: how it was read and its report (the readings stay in the worker). */
export interface FileSummary extends ReadAs {
  name: string;
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
  averaged: number;
  suspects: Suspect[];
  daily: ReturnType<typeof dailyPreview>;
}

export interface SewersFileSummary extends Omit<FileSummary, 'report'> {
  report: SewersTableReport;
}

export type SewersFileOutcome =
  { name: string; ok: true; file: SewersFileSummary } | { name: string; ok: false; problem: ImportProblem };

export interface SewersPreview {
  files: SewersFileOutcome[];
  towns: MergedSewers['towns'];
  duplicates: string[];
  manyDuplicates: MergedSewers['manyDuplicates'];
  planDecreases: string[];
  asOf: string | null;
  totals: { villages: number; plannedKm: number; builtKm: number };
  hasPlan: boolean;
  /** The whole programme's months as they would be served (towns as the defaults would have them). */
  programme: ProgressMonth[];
  /** Sum invariants of DESIGN §3 that do not hold (none, by construction: shown so that the user sees them checked). */
  broken: string[];
}

export type FromWorker =
  | { type: 'progress'; file: number; done: number }
  | { type: 'preview'; preview: ImportPreview }
  | { type: 'sewers-preview'; preview: SewersPreview }
  | { type: 'saved'; id: string }
  | { type: 'failed'; problem: ImportProblem | { code: 'store'; detail: string } };
