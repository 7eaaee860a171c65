import { DAY_MS, HOUR_MS } from '../domain/shanghai-time';

/**
 * Reads a time cell as Asia/Shanghai wall-clock time (DESIGN §7 "Times"): `YYYY-MM-DD HH:mm[:ss]`,
 * `YYYY/M/D H:mm`, ISO's `T`, a date alone (00:00), an Excel date serial, and the release table's `MM-DD HH:mm`
 * without a year, which takes the year the user gives for the first row and rolls over at New Year.
 */
export type TimeCell = { kind: 'time'; ms: number } | { kind: 'bad-time' } | { kind: 'needs-year' };

const OFFSET_MS = 8 * HOUR_MS;
const FULL =
  /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2})[:时](\d{1,2})分?(?::(\d{1,2})(?:\.\d+)?)?)?$/;
const NO_YEAR = /^(\d{1,2})[-/月](\d{1,2})日?[ T]+(\d{1,2})[:时](\d{1,2})分?(?::(\d{1,2}))?$/;
/** Excel serials of 1954 … 2119: a bare number outside them is not a date. */
const SERIAL_RANGE = [20_000, 80_000] as const;
/** Day 0 of Excel's 1900 date system in Unix days (it counts the phantom 29 Feb 1900, so from March 1900 on). */
const EXCEL_EPOCH_DAYS = 25_569;

function wallClock(y: number, mo: number, d: number, h: number, mi: number, s: number): number | null {
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(utc);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  return utc - OFFSET_MS;
}

const fromSerial = (serial: number) => Math.round((serial - EXCEL_EPOCH_DAYS) * DAY_MS - OFFSET_MS);

/**
 * Times of one table, in row order. For `MM-DD HH:mm` the year starts at `firstYear` and moves by one where the
 * months jump across New Year (December → January forwards, January → December for a table in reverse order).
 */
export class TimeReader {
  private year: number | undefined;
  private lastMonth: number | undefined;

  constructor(firstYear: number | undefined) {
    this.year = firstYear;
  }

  read(cell: string | number | null | undefined): TimeCell {
    if (typeof cell === 'number') return this.serial(cell);
    const text = (cell ?? '').normalize('NFKC').trim();
    if (/^\d+(\.\d+)?$/.test(text)) return this.serial(Number(text));
    const full = FULL.exec(text);
    if (full) {
      const [y, mo, d, h, mi, s] = full.slice(1).map((part) => Number(part ?? 0));
      const ms = wallClock(y!, mo!, d!, h!, mi!, s!);
      return ms === null ? { kind: 'bad-time' } : { kind: 'time', ms };
    }
    const short = NO_YEAR.exec(text);
    if (!short) return { kind: 'bad-time' };
    if (this.year === undefined) return { kind: 'needs-year' };
    const [mo, d, h, mi, s] = short.slice(1).map((part) => Number(part ?? 0));
    if (this.lastMonth !== undefined) {
      if (this.lastMonth >= 11 && mo! <= 2) this.year += 1;
      else if (this.lastMonth <= 2 && mo! >= 11) this.year -= 1;
    }
    this.lastMonth = mo;
    const ms = wallClock(this.year, mo!, d!, h!, mi!, s!);
    return ms === null ? { kind: 'bad-time' } : { kind: 'time', ms };
  }

  private serial(serial: number): TimeCell {
    return serial >= SERIAL_RANGE[0] && serial <= SERIAL_RANGE[1]
      ? { kind: 'time', ms: fromSerial(serial) }
      : { kind: 'bad-time' };
  }
}
