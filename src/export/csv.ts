import Papa from 'papaparse';

export type CsvCell = string | number | null;

/** Excel reads a CSV as UTF-8 (and so shows Chinese correctly) only when the file starts with a byte order mark. */
const BOM = '\uFEFF';

/**
 * CSV text with a header row: RFC 4180 quoting, CRLF line ends, empty cells for null, and text that a spreadsheet
 * would run as a formula (`=`, `+`, `-`, `@` …) prefixed with `'` so that it stays text.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const data = rows.map((row) => row.map((cell) => cell ?? ''));
  return BOM + Papa.unparse({ fields: [...header], data }, { escapeFormulae: true, newline: '\r\n' });
}

export const csvBlob = (text: string) => new Blob([text], { type: 'text/csv;charset=utf-8' });
