import { toShanghaiTimestamp } from '../domain/shanghai-time';
import type { Language } from './messages';

/** Numbers and times for display. Times are always Asia/Shanghai, whatever the viewer's zone. */

const locale = (language: Language) => (language === 'zh' ? 'zh-CN' : 'en-GB');

export function formatNumber(value: number, language: Language, fractionDigits = 0): string {
  return new Intl.NumberFormat(locale(language), {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** A measured value as given, up to three decimals: 0.5123 → "0.512". */
export function formatValue(value: number, language: Language): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 3 }).format(value);
}

/** A ratio as a signed percentage: −0.401 → "−40.1%". */
export function formatChange(ratio: number, language: Language, fractionDigits = 1): string {
  return new Intl.NumberFormat(locale(language), {
    style: 'percent',
    signDisplay: 'exceptZero',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  })
    .format(ratio)
    .replace('-', '−');
}

/** A ratio as an unsigned percentage: 0.934 → "93%" (or "93.4%" with one digit). */
export function formatShare(ratio: number, language: Language, fractionDigits = 0): string {
  return new Intl.NumberFormat(locale(language), {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(ratio);
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
