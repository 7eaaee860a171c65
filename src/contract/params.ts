import { parseShanghaiDate } from '../domain/shanghai-time';
import { badRequest } from './answer';

type Checked<T> = { ok: true; value: T } | { ok: false; response: ReturnType<typeof badRequest> };

const fail = (detail: string) => ({ ok: false, response: badRequest(detail) }) as const;

/** Every value of a repeatable parameter, each checked against the allowed ones. */
export function oneOf<T extends string>(url: URL, name: string, allowed: readonly T[]): Checked<T[]> {
  const values = url.searchParams.getAll(name);
  const unknown = values.find((v) => !allowed.includes(v as T));
  if (unknown !== undefined) return fail(`unknown ${name} '${unknown}'; expected one of ${allowed.join(', ')}`);
  return { ok: true, value: values as T[] };
}

/** `from` / `to` as whole Shanghai days, both inclusive; defaults to the given range. */
export function dateRange(url: URL, defaults: { from: string; to: string }): Checked<{ from: string; to: string }> {
  const range = { from: url.searchParams.get('from') ?? defaults.from, to: url.searchParams.get('to') ?? defaults.to };
  for (const key of ['from', 'to'] as const) {
    if (parseShanghaiDate(range[key]) === null) return fail(`'${key}' must be a date YYYY-MM-DD, got '${range[key]}'`);
  }
  if (range.from > range.to) return fail(`'from' (${range.from}) is after 'to' (${range.to})`);
  return { ok: true, value: range };
}

/** An optional parameter given at most once, checked against the allowed values. */
export function single<T extends string>(url: URL, name: string, allowed: readonly T[]): Checked<T | undefined> {
  const checked = oneOf(url, name, allowed);
  if (!checked.ok) return checked;
  if (checked.value.length > 1) return fail(`'${name}' may be given once`);
  return { ok: true, value: checked.value[0] };
}
