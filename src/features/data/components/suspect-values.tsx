import { useTranslation } from '../../../i18n/react';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import type { Kept, Suspect } from '../../../import/water-import';
import { ColumnHeads } from '../../../components/column-heads';

/** How many suspect values the table lists; the rest are counted, and "keep all" reaches them too. */
const LISTED = 50;

interface SuspectValuesProps {
  suspects: readonly Suspect[];
  kept: Kept;
  onChange: (kept: Kept) => void;
}

/** The table's columns, by their messages. */
const COLUMNS = [
  'data.keep',
  'data.file',
  'data.row',
  'data.station',
  'data.time',
  'data.indicatorColumn',
  'data.value',
  'data.median',
] as const;

/**
 * The values the import leaves out unless kept (DESIGN §7 v3 "Suspect values"): each with its row, station, time,
 * value and the median it was judged by; kept one by one, or all at once.
 */
export function SuspectValues({ suspects, kept, onChange }: SuspectValuesProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  if (suspects.length === 0) return null;
  const isKept = (id: string) => kept === 'all' || kept.includes(id);
  const toggle = (id: string) => {
    const current = kept === 'all' ? suspects.map((s) => s.id) : kept;
    onChange(isKept(id) ? current.filter((k) => k !== id) : [...current, id]);
  };
  const excluded = suspects.filter((s) => !isKept(s.id)).length;
  const shown = suspects.slice(0, LISTED);
  const value = (v: number) => formatNumber(v, language, 3);
  return (
    <div className="import-suspects">
      <div className="table-scroll">
        <table className="data-table">
          <caption>
            {t('data.suspectsTitle', { count: formatNumber(suspects.length, language) })}
            {suspects.length > shown.length &&
              ` (${t('data.rejectionsShown', { shown: shown.length, total: suspects.length })})`}
          </caption>
          <ColumnHeads labels={COLUMNS.map((key) => t(key))} />
          <tbody>
            {shown.map((s) => (
              <tr key={s.id}>
                <td>
                  <input
                    type="checkbox"
                    checked={isKept(s.id)}
                    aria-label={t('data.keepValue', { station: s.station, time: formatDateTime(s.time) })}
                    onChange={() => toggle(s.id)}
                  />
                </td>
                <td>{s.file}</td>
                <td className="number">{s.row}</td>
                <td>{s.station}</td>
                <td className="number">{formatDateTime(s.time)}</td>
                <td>{t(`indicator.${s.indicator}`)}</td>
                <td className="number">{value(s.value)}</td>
                <td className="number">{s.median === null ? t('data.noMedian') : value(s.median)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">
        {t('data.suspectsNote', { excluded: formatNumber(excluded, language) })}{' '}
        <button type="button" className="button" onClick={() => onChange(excluded > 0 ? 'all' : [])}>
          {excluded > 0 ? t('data.keepAll') : t('data.excludeAll')}
        </button>
      </p>
    </div>
  );
}
