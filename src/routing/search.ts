import * as z from 'zod/mini';

/**
 * The URL's search params as values, written the way links have always written them, so that shared and bookmarked
 * links keep working: a value that reads as JSON is that value (`rotate=0` is the number 0, `lastYear=true` the
 * boolean), anything else is its text (`replay=2023-10-16`); a text that would read as JSON is written quoted.
 */
export type SearchValues = Record<string, unknown>;

/** Search params as a page's schema reads them: its fields fall back to absent, so a bad value never throws. */
export function readSearch<T>(schema: z.ZodMiniType<T>, values: SearchValues): T {
  return z.parse(schema, values);
}

/** Params every link and every change of the view carry over: the language, and the mock scenario opened with. */
const CARRIED_OVER = ['lang', 'mock'] as const;

export function parseSearch(search: string): SearchValues {
  const values: SearchValues = {};
  for (const [key, text] of new URLSearchParams(search)) values[key] = readValue(text);
  return values;
}

/** `?a=1&b=x`, or '' when nothing is left; undefined values are left out. */
export function stringifySearch(values: SearchValues): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) params.set(key, writeValue(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The carried-over params of `values` (those it has). */
export function carriedOver(values: SearchValues): SearchValues {
  const kept: SearchValues = {};
  for (const key of CARRIED_OVER) if (values[key] !== undefined) kept[key] = values[key];
  return kept;
}

function readValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function writeValue(value: unknown): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  return readValue(value) === value ? value : JSON.stringify(value);
}
