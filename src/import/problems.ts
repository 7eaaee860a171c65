/** Why a file cannot be read at all (a bad row is a rejection in the report instead). Each names what is wrong. */
export type ImportProblem =
  | { code: 'empty' }
  | { code: 'binary' }
  | { code: 'too-large'; bytes: number }
  | { code: 'unreadable-workbook'; detail: string }
  /** `missing` are field codes of the table's kind: `station`, `nh3n` … for readings, `village`, `town` … for sewers. */
  | { code: 'missing-columns'; table: 'readings' | 'villages' | 'plan'; missing: string[]; found: string[] }
  | { code: 'needs-year' }
  | { code: 'bad-bundle'; detail: string };

export class ImportError extends Error {
  constructor(readonly problem: ImportProblem) {
    super(`import: ${problem.code}`);
  }
}

/** Files above this are refused before a byte is read (DESIGN §7 "Bad input"). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
