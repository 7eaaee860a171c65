import { useTranslation } from '../../../i18n/react';
import { formatChange, formatPoints } from '../../../i18n/format';

/**
 * One served change as a table cell: a fall is good news, a rise bad. Null says why it is missing ("no last-year
 * data" for the comparisons with last year), never a blank.
 */
export function ChangeCell({ value, lastYear = false }: { value: number | null; lastYear?: boolean }) {
  const { t, i18n } = useTranslation();
  if (value === null) {
    return <td className="number muted">{lastYear ? t('figures.noLastYearShort') : '—'}</td>;
  }
  return <td className={`number ${value < 0 ? 'fall' : 'rise'}`}>{formatChange(value, i18n.language)}</td>;
}

/** Net of season, in percentage points, signed like a change; `bare` leaves the unit to the column's header. */
export function PointsCell({ value, bare = false }: { value: number | null; bare?: boolean }) {
  const { t, i18n } = useTranslation();
  if (value === null) return <td className="number muted">{t('figures.noLastYearShort')}</td>;
  const points = formatPoints(value, i18n.language);
  return (
    <td className={`number ${value < 0 ? 'fall' : 'rise'}`}>
      {bare ? points : t('figures.points', { value: points })}
    </td>
  );
}
