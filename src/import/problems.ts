/** Why a file cannot be read at all (a bad row is a rejection in the report instead). Each names what is wrong. */
export type ImportProblem =
  | { code: 'empty' }
  | { code: 'binary' }
  /** A NUL byte, on this line: refused, since it would hide inside a name. */
  | { code: 'nul-byte'; line: number }
  | { code: 'too-large'; bytes: number }
  | { code: 'unreadable-workbook'; detail: string }
  /** A workbook that would unpack to more than the limits (a "zip bomb"): refused before unpacking. */
  | { code: 'workbook-too-large'; unpacked: number }
  /** `missing` are field codes of the table's kind: `station`, `nh3n` … for readings, `village`, `town` … for sewers. */
  | {
      code: 'missing-columns';
      table: 'readings' | 'villages' | 'plan';
      missing: string[];
      /** The first `MAX_FOUND_LISTED` columns found, and how many more there were. */
      found: string[];
      more: number;
    }
  | { code: 'needs-year' }
  | { code: 'bad-bundle'; detail: string }
  /** What the import would serve fails the contract's response schemas (`detail` names the endpoint and field). */
  | { code: 'breaks-contract'; detail: string };

export class ImportError extends Error {
  constructor(readonly problem: ImportProblem) {
    super(`import: ${problem.code}`);
  }
}

/** A missing-columns message lists this many of the columns found, then "… and N more". */
export const MAX_FOUND_LISTED = 30;
/** Cell text a rejection or a message quotes: more is cut, with "…". */
export const MAX_QUOTED = 100;

/** The columns a missing-columns message lists: a line of 20 000 cells must not become a message as long. */
export function foundColumns(header: readonly string[]): { found: string[]; more: number } {
  const named = header.filter((name) => name !== '');
  return { found: named.slice(0, MAX_FOUND_LISTED).map(quoted), more: Math.max(0, named.length - MAX_FOUND_LISTED) };
}

/** Text as a message quotes it: at most `MAX_QUOTED` characters. */
export const quoted = (text: string) => (text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text);

/** Files above this are refused before a byte is read (DESIGN §7 "Bad input"). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
