import Papa from 'papaparse';
import type { ColumnMapping } from './columns';
import { decodeText, type Encoding, formatOf, guessEncoding } from './decode';
import { ImportError } from './problems';
import { checkZipLimits } from './zip-limits';
import { type Cell, ReadingsTable, type TableReadings } from './readings-table';

export interface FileOptions {
  /** Overrides the guess for a text file. */
  encoding?: Encoding;
  /** A workbook's sheet; the first when absent. */
  sheet?: string;
  /** Overrides the header's mapping, field by field (the fields of the file's kind of table). */
  mapping?: Partial<Record<string, number>>;
  /** The year of the first row for times written without one. */
  firstYear?: number;
}

export interface FileReadings extends TableReadings, ReadAs {
  name: string;
}

export type Progress = (done: number) => void;

const PROGRESS_EVERY_ROWS = 5000;

/** How a file was read: its format, and for text the encoding, for a workbook the sheet. */
export interface ReadAs {
  format: 'csv' | 'workbook';
  /** Text files: the encoding read with, the one guessed, how many characters did not decode in it, and in which rows. */
  encoding: Encoding | null;
  guessedEncoding: Encoding | null;
  undecodable: number;
  /** The first rows (1-based) holding a character that did not decode. */
  undecodableRows: number[];
  /** Workbooks: every sheet's name and the one read. */
  sheets: string[];
  sheet: string | null;
}

/** Something that takes a table's rows one at a time. */
export interface RowSink {
  row(cells: Cell[], row: number): void;
}

/** Feeds a file's rows, a CSV text's or a workbook sheet's, to `sink`, reporting progress as a fraction 0…1. */
export async function readRows(
  bytes: Uint8Array,
  options: Pick<FileOptions, 'encoding' | 'sheet'>,
  sink: RowSink,
  onProgress: Progress = () => {},
): Promise<ReadAs> {
  if (formatOf(bytes) === 'workbook') {
    const { sheets, sheet } = await readWorkbook(bytes, options.sheet, sink, onProgress);
    return {
      format: 'workbook',
      encoding: null,
      guessedEncoding: null,
      undecodable: 0,
      undecodableRows: [],
      sheets,
      sheet,
    };
  }
  const guessedEncoding = guessEncoding(bytes);
  const encoding = options.encoding ?? guessedEncoding;
  const { text, replaced } = decodeText(bytes, encoding);
  const undecodableRows = readCsv(text, sink, onProgress);
  return { format: 'csv', encoding, guessedEncoding, undecodable: replaced, undecodableRows, sheets: [], sheet: null };
}

/** Reads one file of readings. */
export async function readReadingsFile(
  name: string,
  bytes: Uint8Array,
  options: FileOptions = {},
  onProgress: Progress = () => {},
): Promise<FileReadings> {
  const table = new ReadingsTable({
    mapping: options.mapping as ColumnMapping | undefined,
    firstYear: options.firstYear,
  });
  const format = await readRows(bytes, options, table, onProgress);
  return { name, ...format, ...table.finish() };
}

/** How many rows holding an undecodable character the report names. */
const UNDECODABLE_ROWS_LISTED = 10;

/**
 * Parses the text row by row (papaparse, in whatever thread this runs in), feeding the table as it goes; returns the
 * first rows holding a character that did not decode. Line ends are made one kind first: a file whose rows end in
 * CRLF, CR and LF in turn loses no row (papaparse takes the first line end it meets for all).
 */
function readCsv(raw: string, table: RowSink, onProgress: Progress): number[] {
  const text = raw.replace(/\r\n?/g, '\n');
  let row = 0;
  const undecodable: number[] = [];
  const outcome: { failure: Error | null } = { failure: null };
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    newline: '\n',
    step(results, parser) {
      row++;
      if (undecodable.length < UNDECODABLE_ROWS_LISTED && results.data.some((cell) => cell.includes('\uFFFD')))
        undecodable.push(row);
      try {
        table.row(results.data, row);
      } catch (error) {
        outcome.failure = error instanceof Error ? error : new Error(String(error));
        parser.abort();
        return;
      }
      if (row % PROGRESS_EVERY_ROWS === 0) onProgress(results.meta.cursor / text.length);
    },
  });
  if (outcome.failure) throw outcome.failure;
  onProgress(1);
  return undecodable;
}

async function readWorkbook(bytes: Uint8Array, wanted: string | undefined, table: RowSink, onProgress: Progress) {
  // Before anything unpacks: a workbook that would unpack past the limits is refused.
  checkZipLimits(bytes);
  // SheetJS is large: it loads only when a workbook is read.
  const XLSX = await import('@e965/xlsx');
  let book;
  try {
    book = XLSX.read(bytes, { type: 'array', dense: true, cellHTML: false, cellFormula: false });
  } catch (error) {
    throw new ImportError({
      code: 'unreadable-workbook',
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  const sheet = wanted !== undefined && book.SheetNames.includes(wanted) ? wanted : book.SheetNames[0];
  if (sheet === undefined) throw new ImportError({ code: 'empty' });
  onProgress(0.5);
  const rows = XLSX.utils.sheet_to_json<Cell[]>(book.Sheets[sheet]!, {
    header: 1,
    raw: true,
    blankrows: true,
    defval: null,
  });
  rows.forEach((cells, i) => table.row(cells, i + 1));
  onProgress(1);
  return { sheets: book.SheetNames, sheet };
}
