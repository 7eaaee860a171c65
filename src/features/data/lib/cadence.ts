import type { TFunction } from '../../../i18n/i18n';

/** Round cadences with a word of their own, in minutes: hourly, 4-hourly, daily, weekly. */
const NAMED = [
  [60, 'data.cadences.hourly'],
  [240, 'data.cadences.fourHourly'],
  [1440, 'data.cadences.daily'],
  [10080, 'data.cadences.weekly'],
] as const;

/**
 * A station's median gap between readings in words (每 4 小时 / 每日 / 每周 …): a round cadence within a tenth of it
 * by its name, anything else in hours or days; a dash with fewer than two readings.
 */
export function formatCadence(minutes: number | null, t: TFunction): string {
  if (minutes === null) return '—';
  const named = NAMED.find(([m]) => Math.abs(minutes - m) <= m / 10);
  if (named) return t(named[1]);
  return minutes < 1440
    ? t('data.cadences.hours', { n: Math.round(minutes / 6) / 10 })
    : t('data.cadences.days', { n: Math.round(minutes / 144) / 10 });
}
