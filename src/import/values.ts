import type { Indicator } from '../domain/gb3838';

/**
 * One cell of an indicator column read as a concentration (DESIGN §7 "Values"): a number kept at its precision; a
 * marked gap; a value below the detection limit (`0.025L`, `<0.025`), counted as half the limit; or a rejection.
 */
export type MissingReason = 'empty' | 'dash' | 'maintenance' | 'stopped' | 'fault' | 'calibration';
export type ValueRejection = 'negative' | 'not-a-number' | 'implausible';

export type CellValue =
  | { kind: 'value'; value: number }
  | { kind: 'below-detection'; value: number; limit: number }
  | { kind: 'missing'; reason: MissingReason }
  | { kind: 'rejected'; reason: ValueRejection };

/** Above these a reading is a typing or unit error, not water (mg/L). */
export const IMPLAUSIBLE_ABOVE: Record<Indicator, number> = { nh3n: 50, tn: 100 };

const GAP_MARKS = new Set(['', '--', '-', '—', '——', '*', '/', '\\', 'NA', 'N/A', 'null', 'NULL']);

/** A station status that voids its row's readings, with the reason it gives. */
export function statusGap(status: string): MissingReason | null {
  if (/维护|maintenance/i.test(status)) return 'maintenance';
  if (/停运|停用|stopped|offline/i.test(status)) return 'stopped';
  if (/故障|fault/i.test(status)) return 'fault';
  if (/校准|calibrat/i.test(status)) return 'calibration';
  return null;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export function parseConcentration(cell: string | number | null | undefined, indicator: Indicator): CellValue {
  if (typeof cell === 'number') return checked(cell, indicator);
  const text = (cell ?? '').normalize('NFKC').trim();
  if (GAP_MARKS.has(text)) return { kind: 'missing', reason: text === '' ? 'empty' : 'dash' };
  const below = /^(?:<\s*([\d.]+)|([\d.]+)\s*L)$/i.exec(text);
  if (below) {
    const limit = Number(below[1] ?? below[2]);
    if (!Number.isFinite(limit) || limit <= 0) return { kind: 'rejected', reason: 'not-a-number' };
    return { kind: 'below-detection', value: limit / 2, limit };
  }
  if (!NUMBER.test(text)) return { kind: 'rejected', reason: 'not-a-number' };
  return checked(Number(text), indicator);
}

function checked(value: number, indicator: Indicator): CellValue {
  if (!Number.isFinite(value)) return { kind: 'rejected', reason: 'not-a-number' };
  if (value < 0) return { kind: 'rejected', reason: 'negative' };
  if (value > IMPLAUSIBLE_ABOVE[indicator]) return { kind: 'rejected', reason: 'implausible' };
  return { kind: 'value', value };
}
