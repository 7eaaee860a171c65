import { toShanghaiTimestamp } from '../domain/shanghai-time';
import type { Language } from './messages';

/** Numbers and times for display. Times are always Asia/Shanghai, whatever the viewer's zone. */

const locale = (language: Language) => (language === 'zh' ? 'zh-CN' : 'en-GB');

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * One `Intl.NumberFormat` per language and options, made on first use: making one costs far more than formatting
 * with it (a table of figures made hundreds, a measurable share of a phone's first render).
 */
function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale(language), options);
    formatters.set(key, format);
  }
  return format;
}

const digits = (fractionDigits: number) => ({
  minimumFractionDigits: fractionDigits,
  maximumFractionDigits: fractionDigits,
});

export function formatNumber(value: number, language: Language, fractionDigits = 0): string {
  return numberFormat(language, digits(fractionDigits)).format(value);
}

/**
 * Makes the formatters every screen's figures use. The first one made for a language loads its locale data, tens of
 * milliseconds of main thread: the entry calls this while the app's chunks download, when the main thread has
 * nothing else to do, rather than in the render that shows the figures.
 */
export function prepareNumberFormats(language: Language): void {
  for (const fractionDigits of [0, 1]) formatNumber(0, language, fractionDigits);
  formatValue(0, language);
  formatChange(0, language);
  formatShare(0, language);
}

/** A measured value as given, up to three decimals: 0.5123 → "0.512". */
export function formatValue(value: number, language: Language): string {
  return numberFormat(language, { maximumFractionDigits: 3 }).format(value);
}

/** A ratio as a signed percentage: −0.401 → "−40.1%". */
export function formatChange(ratio: number, language: Language, fractionDigits = 1): string {
  return numberFormat(language, { style: 'percent', signDisplay: 'exceptZero', ...digits(fractionDigits) })
    .format(ratio)
    .replace('-', '−');
}

/** A ratio as an unsigned percentage, one decimal as every percentage on screen (DESIGN §3): 0.9342 → "93.4%". */
export function formatShare(ratio: number, language: Language, fractionDigits = 1): string {
  return numberFormat(language, { style: 'percent', ...digits(fractionDigits) }).format(ratio);
}

/** Percentage points, signed like a change, one decimal: −38.04 → "−38.0". */
export function formatPoints(points: number, language: Language): string {
  const sign = points < 0 ? '−' : points > 0 ? '+' : '';
  return `${sign}${formatNumber(Math.abs(points), language, 1)}`;
}

/** `2024-03-31 20:00` in Shanghai time. */
export function formatDateTime(ms: number): string {
  return toShanghaiTimestamp(ms).slice(0, 16).replace('T', ' ');
}

/** `2024-03-31` in Shanghai time. */
export function formatDate(ms: number): string {
  return toShanghaiTimestamp(ms).slice(0, 10);
}

/** Names in a row: "滆湖北、滆湖心" / "Ge Lake North, Ge Lake Centre". */
export const formatList = (items: readonly string[], language: Language) => items.join(language === 'zh' ? '、' : ', ');
