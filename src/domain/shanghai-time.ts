/**
 * Time in Asia/Shanghai, which has been a fixed UTC+08:00 without daylight saving since 1991.
 * Because the offset never changes, every conversion here is plain arithmetic on epoch milliseconds,
 * identical on every machine whatever its own time zone.
 */

const SHANGHAI_OFFSET = '+08:00';
/** Shanghai's offset from UTC: wall-clock fields of an epoch time are its UTC fields shifted by this. */
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const OFFSET_MS = SHANGHAI_OFFSET_MS;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
const TIMESTAMP_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\+08:00$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Shifted copy whose UTC fields read as Shanghai wall-clock fields. */
const wallClock = (ms: number) => new Date(ms + OFFSET_MS);

/** `YYYY-MM-DD` (a Shanghai calendar day) → epoch ms of its 00:00 +08:00; `null` when not a real date. */
export function parseShanghaiDate(text: string): number | null {
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = Date.UTC(y, mo - 1, d);
  const back = new Date(utc);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return utc - OFFSET_MS;
}

/** `YYYY-MM-DDTHH:mm:ss+08:00` → epoch ms; `null` when malformed. */
export function parseShanghaiTimestamp(text: string): number | null {
  const m = TIMESTAMP_RE.exec(text);
  if (!m) return null;
  const day = parseShanghaiDate(`${m[1]}-${m[2]}-${m[3]}`);
  const [h, mi, s] = [Number(m[4]), Number(m[5]), Number(m[6])];
  if (day === null || h > 23 || mi > 59 || s > 59) return null;
  return day + h * HOUR_MS + mi * 60_000 + s * 1000;
}

/** Epoch ms → `YYYY-MM-DDTHH:mm:ss+08:00`. */
export function toShanghaiTimestamp(ms: number): string {
  const w = wallClock(ms);
  return (
    `${toShanghaiDate(ms)}T${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}:${pad(w.getUTCSeconds())}` +
    SHANGHAI_OFFSET
  );
}

/** Epoch ms → the Shanghai calendar day `YYYY-MM-DD`. */
export function toShanghaiDate(ms: number): string {
  const w = wallClock(ms);
  return `${w.getUTCFullYear()}-${pad(w.getUTCMonth() + 1)}-${pad(w.getUTCDate())}`;
}

/** Epoch ms of 00:00 +08:00 on the Shanghai day containing `ms`. */
export function startOfShanghaiDay(ms: number): number {
  return Math.floor((ms + OFFSET_MS) / DAY_MS) * DAY_MS - OFFSET_MS;
}

/** `YYYY-MM` → epoch ms of the first day of that month, 00:00 +08:00; `null` when malformed. */
export function parseShanghaiMonth(text: string): number | null {
  const m = MONTH_RE.exec(text);
  return m ? parseShanghaiDate(`${text}-01`) : null;
}

/** Every month `YYYY-MM` from `first` to `last`, both inclusive. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${pad(m)}`);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return months;
}

/** Epoch ms of the last instant (exclusive end) of the month `YYYY-MM`, i.e. the next month's start. */
export function endOfShanghaiMonth(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return Date.UTC(y, m, 1) - OFFSET_MS;
}

/**
 * The same Shanghai wall-clock time `years` calendar years later (earlier when negative); a 29 February with no
 * counterpart becomes 28 February (DESIGN §3 "windows": last year's windows are this year's moved back a year).
 */
export function shiftCalendarYears(ms: number, years: number): number {
  const w = wallClock(ms);
  const [year, month] = [w.getUTCFullYear() + years, w.getUTCMonth()];
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(w.getUTCDate(), lastDay);
  return Date.UTC(year, month, day, w.getUTCHours(), w.getUTCMinutes(), w.getUTCSeconds()) - OFFSET_MS;
}
