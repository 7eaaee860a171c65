import { median } from '../domain/readings';
import { DAY_MS, HOUR_MS, SHANGHAI_OFFSET_MS } from '../domain/shanghai-time';

/**
 * Time cells as Asia/Shanghai wall-clock time (DESIGN §7 "Times"): `YYYY-MM-DD HH:mm[:ss]`, `YYYY/M/D H:mm`, ISO's
 * `T`, a date alone (00:00), an Excel date serial, and the release table's `MM-DD HH:mm` without a year, whose year
 * the file's own times decide (DESIGN §7 v3 "Real exports", `placeYears`).
 */
export type TimeCell =
  | { kind: 'time'; ms: number }
  | { kind: 'no-year'; month: number; day: number; hour: number; minute: number; second: number }
  | { kind: 'bad-time' };

const FULL =
  /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2})[:时](\d{1,2})分?(?::(\d{1,2})(?:\.\d+)?)?)?$/;
const NO_YEAR = /^(\d{1,2})[-/月](\d{1,2})日?[ T]+(\d{1,2})[:时](\d{1,2})分?(?::(\d{1,2}))?$/;
/** Excel serials of 1954 … 2119: a bare number outside them is not a date. */
const SERIAL_RANGE = [20_000, 80_000] as const;
/** Day 0 of Excel's 1900 date system in Unix days (it counts the phantom 29 Feb 1900, so from March 1900 on). */
const EXCEL_EPOCH_DAYS = 25_569;

/** Epoch ms of a Shanghai wall-clock time; null when it is not a real one (30 February, 25:00). */
export function wallClock(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number | null {
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(utc);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  if (h > 23 || mi > 59 || s > 59) return null;
  return utc - SHANGHAI_OFFSET_MS;
}

const fromSerial = (serial: number): TimeCell =>
  serial >= SERIAL_RANGE[0] && serial <= SERIAL_RANGE[1]
    ? { kind: 'time', ms: Math.round((serial - EXCEL_EPOCH_DAYS) * DAY_MS - SHANGHAI_OFFSET_MS) }
    : { kind: 'bad-time' };

/** One time cell, on its own: a time, a time still without its year, or not a time. */
export function readTime(cell: string | number | null | undefined): TimeCell {
  if (typeof cell === 'number') return fromSerial(cell);
  const text = (cell ?? '').normalize('NFKC').trim();
  if (/^\d+(\.\d+)?$/.test(text)) return fromSerial(Number(text));
  const full = FULL.exec(text);
  if (full) {
    const [y, mo, d, h, mi, s] = full.slice(1).map((part) => Number(part ?? 0));
    const ms = wallClock(y!, mo!, d!, h, mi, s);
    return ms === null ? { kind: 'bad-time' } : { kind: 'time', ms };
  }
  const short = NO_YEAR.exec(text);
  if (!short) return { kind: 'bad-time' };
  const [month, day, hour, minute, second] = short.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  // 29 February is a real date in some year; anything else must be one in every year.
  if (wallClock(2024, month, day, hour, minute, second) === null) return { kind: 'bad-time' };
  return { kind: 'no-year', month, day, hour, minute, second };
}

/** The earliest time an import takes: monitoring platforms and programmes of this kind are younger. */
const EARLIEST = Date.UTC(1990, 0, 1) - SHANGHAI_OFFSET_MS;
const YEAR_MS = 365 * DAY_MS;

/**
 * Whether a time is plausible for an import made at `today` (DESIGN §7, "Imports nothing can break"): from 1990 to a
 * year after the import — a typed 9999 or 2204 is refused, not imported as centuries of empty slots.
 */
export const plausibleTime = (ms: number, today: number, ahead = YEAR_MS) => ms >= EARLIEST && ms <= today + ahead;

/** The year of the rule's reference time, in Shanghai. */
const yearOf = (ms: number) => new Date(ms + SHANGHAI_OFFSET_MS).getUTCFullYear();

/** A year-less time in year `y`, or null where it does not exist (29 February of a common year). */
const inYear = (t: Extract<TimeCell, { kind: 'no-year' }>, y: number) =>
  wallClock(y, t.month, t.day, t.hour, t.minute, t.second);

/** Of y − 1, y and y + 1 (y the reference's year), the year that puts `t` nearest in time to `reference`. */
function nearest(t: Extract<TimeCell, { kind: 'no-year' }>, reference: number): number | null {
  let best: number | null = null;
  for (const y of [yearOf(reference) - 1, yearOf(reference), yearOf(reference) + 1]) {
    const ms = inYear(t, y);
    if (ms !== null && (best === null || Math.abs(ms - reference) < Math.abs(best - reference))) best = ms;
  }
  return best;
}

/** How many earlier rows a year-less time is placed against. */
const REFERENCE_ROWS = 50;
/** How many rows at the file's newest end stand for its snapshot. */
const SNAPSHOT_ROWS = 10;
/** How far past the newest snapshot a reading may lie before its year is taken for the one before. */
const SNAPSHOT_SLACK_MS = 7 * DAY_MS;

export interface PlacedTimes {
  /** Each row's time, epoch ms; null for a row without one. */
  times: (number | null)[];
  /** Whether most rows of a station run backwards in time (newest first). */
  backwards: boolean;
  /** Whether the rows came in one block per station (each block placed from the file's first row). */
  blocks: boolean;
}

/**
 * Every row's time (DESIGN §7 v3 "Year-less times"), read in a pass over the file's times before any value: full
 * dates as written; a year-less time takes, of the years y − 1, y and y + 1, the one nearest in time to the median of
 * the (up to) 50 rows placed before it — in its station's block when the rows come in one block per station, each
 * block starting again from the file's first row, whose year is `firstYear`. Then no year-less reading postdates the
 * file's newest snapshot (the median of its last 10 rows, its first 10 when its times run backwards): one placed more
 * than 7 days after it takes the year before. Throws `NeedsYear` when a year-less time comes without `firstYear`.
 */
export function placeYears(
  rows: readonly { station: string; time: TimeCell }[],
  firstYear: number | undefined,
): PlacedTimes {
  const timed = rows.flatMap((r, i) => (r.time.kind === 'bad-time' ? [] : [i]));
  const times: (number | null)[] = rows.map((r) => (r.time.kind === 'time' ? r.time.ms : null));
  const blocks = inBlocks(timed.map((i) => rows[i]!.station));
  if (!rows.some((r) => r.time.kind === 'no-year'))
    return { times, backwards: runsBackwards(rows, times, timed), blocks };
  if (firstYear === undefined) throw new NeedsYear();

  let fileStart: number | null = null;
  let recent: number[] = [];
  let station: string | null = null;
  for (const i of timed) {
    const { time } = rows[i]!;
    if (blocks && rows[i]!.station !== station) [station, recent] = [rows[i]!.station, []];
    let ms: number | null;
    if (time.kind === 'time') ms = time.ms;
    else if (time.kind === 'bad-time') continue;
    else if (fileStart === null) ms = inYear(time, firstYear);
    else ms = nearest(time, recent.length ? median(recent) : fileStart);
    times[i] = ms;
    if (ms === null) continue;
    fileStart ??= ms;
    recent.push(ms);
    if (recent.length > REFERENCE_ROWS) recent = recent.slice(-REFERENCE_ROWS);
  }

  const backwards = runsBackwards(rows, times, timed);
  const placed = timed.filter((i) => times[i] !== null);
  const newest = backwards ? placed.slice(0, SNAPSHOT_ROWS) : placed.slice(-SNAPSHOT_ROWS);
  if (newest.length) {
    const snapshot = median(newest.map((i) => times[i]!));
    for (const i of placed) {
      const time = rows[i]!.time;
      if (time.kind === 'no-year' && times[i]! > snapshot + SNAPSHOT_SLACK_MS)
        times[i] = inYear(time, yearOf(times[i]!) - 1);
    }
  }
  return { times, backwards, blocks };
}

/** Whether rows of several stations come in one block per station. */
function inBlocks(stations: readonly string[]): boolean {
  let changes = 0;
  for (let k = 1; k < stations.length; k++) if (stations[k] !== stations[k - 1]) changes++;
  const distinct = new Set(stations).size;
  return distinct > 1 && changes === distinct - 1;
}

/** Whether a station's consecutive rows more often step back in time than forward (a table newest first). */
function runsBackwards(rows: readonly { station: string }[], times: readonly (number | null)[], timed: number[]) {
  const last = new Map<string, number>();
  let [forwards, backwards] = [0, 0];
  for (const i of timed) {
    const t = times[i];
    if (t === null || t === undefined) continue;
    const before = last.get(rows[i]!.station);
    if (before !== undefined && t > before) forwards++;
    if (before !== undefined && t < before) backwards++;
    last.set(rows[i]!.station, t);
  }
  return backwards > forwards;
}

/** A year-less time came without the year of the first row: the user is asked for it once for the batch. */
export class NeedsYear extends Error {
  constructor() {
    super('times without a year need the year of the first row');
  }
}

/** Rows of a station more than one slot back in time from its previous row, against the way most rows run. */
export function outOfOrder(
  rows: readonly { station: string }[],
  times: readonly (number | null)[],
  backwards: boolean,
  slotMs = 4 * HOUR_MS,
): number[] {
  const last = new Map<string, number>();
  const found: number[] = [];
  rows.forEach(({ station }, i) => {
    const t = times[i];
    if (t === null || t === undefined) return;
    const before = last.get(station);
    if (before !== undefined && (backwards ? t - before > slotMs : before - t > slotMs)) found.push(i);
    last.set(station, t);
  });
  return found;
}

/** About six months: consecutive rows of a station further apart than this leave its year a guess. */
const LONG_GAP_MS = 183 * DAY_MS;

/** Each station whose consecutive rows lie more than six months apart, with the first such pair of times. */
export function longGaps(
  rows: readonly { station: string }[],
  times: readonly (number | null)[],
): { station: string; from: number; to: number }[] {
  const last = new Map<string, number>();
  const found = new Map<string, { station: string; from: number; to: number }>();
  rows.forEach(({ station }, i) => {
    const t = times[i];
    if (t === null || t === undefined) return;
    const before = last.get(station);
    if (before !== undefined && Math.abs(t - before) > LONG_GAP_MS && !found.has(station))
      found.set(station, { station, from: Math.min(before, t), to: Math.max(before, t) });
    last.set(station, t);
  });
  return [...found.values()];
}
