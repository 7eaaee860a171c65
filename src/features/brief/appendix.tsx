import { asOfMonth } from '../../domain/sewers-figures';
import { useTranslation } from '../../i18n/react';
import { type SewersSummary, type Town, type Village } from '../../api/sewers';
import { formatList, formatNumber } from '../../i18n/format';

/** After the numbered pages: the villages not started, town by town in the API's order, as names. */
export function Appendix({
  villages,
  towns,
  summary,
}: {
  villages: readonly Village[];
  towns: readonly Town[];
  summary: SewersSummary;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const notStarted = villages.filter((v) => v.status === 'not_started');
  return (
    <section className="brief-block" aria-labelledby="brief-appendix">
      <h2 id="brief-appendix">{t('brief.appendix')}</h2>
      <p>
        {t('brief.appendixLead', { month: asOfMonth(summary.asOf), number: formatNumber(notStarted.length, language) })}
      </p>
      {notStarted.length === 0 ? (
        <p>{t('brief.noneNotStarted')}</p>
      ) : (
        <dl className="brief-appendix-list">
          {towns.map((town) => {
            const names = notStarted.filter((v) => v.townId === town.id).map((v) => v.name[language]);
            return names.length === 0 ? null : (
              <div key={town.id}>
                <dt>
                  {t('brief.townCount', { town: town.name[language], number: formatNumber(names.length, language) })}
                </dt>
                <dd>{formatList(names, language)}</dd>
              </div>
            );
          })}
        </dl>
      )}
    </section>
  );
}
