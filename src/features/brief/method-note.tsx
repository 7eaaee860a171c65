import { useTranslation } from '../../i18n/react';
import { useMeta } from '../../api/meta';
import { useDataMark } from '../../components/data-mark';
import { formatList } from '../../i18n/format';
import { STATUS_GAPS } from '../../import/values';

/** The statuses that void a row, as the import reads them: the one list, printed. */
const STATUS_WORDS = STATUS_GAPS.flatMap((gap) => gap.words);

/** How the figures are made (DESIGN §3), the conventions imported data brings, and where the data comes from. */
export function MethodNote() {
  const { t, i18n } = useTranslation();
  const meta = useMeta();
  const mark = useDataMark();
  const sources = meta.data?.sources;
  const illustrative = sources?.waterQuality.kind === 'illustrative' && sources.sewers.kind === 'illustrative';
  return (
    <section className="brief-block brief-method" aria-labelledby="brief-method">
      <h2 id="brief-method">{t('brief.methodSection')}</h2>
      <ul>
        <li>{t('brief.method.windows')}</li>
        <li>{t('brief.method.change')}</li>
        <li>{t('brief.method.lag')}</li>
        <li>{t('brief.method.classes')}</li>
        <li>{t('brief.method.plan')}</li>
        {sources?.waterQuality.kind === 'import' && (
          <>
            <li>{t('brief.method.detection')}</li>
            <li>{t('brief.method.years')}</li>
            <li>{t('brief.method.statuses', { statuses: formatList(STATUS_WORDS, i18n.language) })}</li>
            <li>{t('brief.method.repeats')}</li>
            <li>
              {t('brief.method.suspects', {
                count: sources.waterQuality.files.reduce((sum, f) => sum + (f.excluded ?? 0), 0),
              })}
            </li>
          </>
        )}
        {sources?.sewers.kind === 'import' && <li>{t('brief.method.asOfMonth')}</li>}
      </ul>
      {mark && (
        <p className="brief-source">
          <strong>{mark.label}</strong> ·{' '}
          {illustrative ? t('brief.method.illustrative') : t('brief.method.imported', { note: mark.note })}
        </p>
      )}
      <p className="brief-source">{t('brief.method.source')}</p>
    </section>
  );
}
