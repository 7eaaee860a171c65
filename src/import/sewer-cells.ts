import { toShanghaiDate } from '../domain/shanghai-time';
import type { Cell } from './readings-table';
import { plausibleTime, readTime } from './times';

/** Reading a sewer table's cells: text, counts and km written as numbers, dates, plan months. */

/** A cell as text, trimmed; '' for an empty one. */
export const text = (cell: Cell) => (cell === null || cell === undefined ? '' : String(cell).trim());

const WHOLE = /^\d+$/;
const DECIMAL = /^\d+(\.\d+)?$/;

/**
 * A number written as such: decimal digits (and a decimal point where `whole` is false) — `0x10`, `1e20` and
 * `Infinity` are not a count of households — within `max`; a workbook's number cell the same. `null`: not a number;
 * `'implausible'`: a number out of range.
 */
export function numberOf(cell: Cell, { whole, max }: { whole: boolean; max: number }): number | 'implausible' | null {
  let value: number;
  if (typeof cell === 'number') value = cell;
  else {
    const written = text(cell).normalize('NFKC');
    if (!(whole ? WHOLE : DECIMAL).test(written)) return null;
    value = Number(written);
  }
  if (!Number.isFinite(value) || value < 0 || (whole && !Number.isInteger(value))) return null;
  return value > max ? 'implausible' : value;
}

/** A date cell as `YYYY-MM-DD` (any of the readings' time formats, an Excel date cell); '' for an empty cell. */
function dateOf(cell: Cell): string | null | undefined {
  if (text(cell) === '' || text(cell) === '--') return null;
  const read = readTime(typeof cell === 'number' ? cell : text(cell));
  return read.kind === 'time' ? toShanghaiDate(read.ms) : undefined;
}

/** A date cell's date (null when empty), or why it cannot be read: not a date, or one outside 1990 … a year ahead. */
export function plausibleDateOf(
  cell: Cell,
  today: number,
): { date: string | null } | { reason: 'bad-date' | 'implausible-date' } {
  const date = dateOf(cell);
  if (date === undefined) return { reason: 'bad-date' };
  if (date === null || plausibleTime(Date.parse(`${date}T00:00:00+08:00`), today)) return { date };
  return { reason: 'implausible-date' };
}

const MONTH = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;

export function monthOf(cell: Cell): string | null {
  const short = MONTH.exec(text(cell).normalize('NFKC'));
  if (short) {
    const month = Number(short[2]);
    return month >= 1 && month <= 12 ? `${short[1]}-${String(month).padStart(2, '0')}` : null;
  }
  const date = dateOf(cell);
  return date ? date.slice(0, 7) : null;
}
