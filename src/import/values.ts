import type { Indicator } from '../domain/gb3838';

/**
 * One cell of an indicator column read as a concentration (DESIGN §7 "Values"): a number kept at its precision; a
 * marked gap; a value below the detection limit (`0.025L`, `<0.025`), counted as half the limit; or a rejection.
 */
export type MissingReason = 'empty' | 'dash' | StatusGap;
export type ValueRejection = 'negative' | 'not-a-number' | 'implausible';

export type CellValue =
  | { kind: 'value'; value: number }
  | { kind: 'below-detection'; value: number; limit: number }
  | { kind: 'missing'; reason: MissingReason }
  | { kind: 'rejected'; reason: ValueRejection };

/** Above these a reading is a typing or unit error, not water (mg/L). */
export const IMPLAUSIBLE_ABOVE: Record<Indicator, number> = { nh3n: 50, tn: 100 };

const GAP_MARKS = new Set(['', '--', '-', '—', '——', '*', '/', '\\', 'NA', 'N/A', 'null', 'NULL']);

/**
 * The station statuses that void a row's readings (DESIGN §7 v3 "Statuses"), whatever values the row carries, each
 * with the gap reason it gives: the one list the reader and the method note use.
 */
export const STATUS_GAPS = [
  { reason: 'maintenance', words: ['维护', 'maintenance'] },
  { reason: 'stopped', words: ['停运', '停站', '停用', 'stopped', 'offline'] },
  { reason: 'fault', words: ['故障', 'fault'] },
  { reason: 'calibration', words: ['校准', 'calibration'] },
  { reason: 'not-operable', words: ['不具备运行条件'] },
] as const;
export type StatusGap = (typeof STATUS_GAPS)[number]['reason'];

/** The gap a station status gives its row, or null for a status that leaves the readings as they are (正常). */
export function statusGap(status: string): StatusGap | null {
  const folded = status.normalize('NFKC').toLowerCase();
  return STATUS_GAPS.find((gap) => gap.words.some((word) => folded.includes(word)))?.reason ?? null;
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
