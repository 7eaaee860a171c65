import { useTranslation } from '../../../i18n/react';
import { INDICATORS } from '../../../api/water-quality';
import { ClassBadge } from '../../../components/class-badge';
import { KpiCard, KpiGroup } from '../../../components/kpi';
import { QueryView } from '../../../components/query-view';
import { formatChange, formatDateTime, formatNumber } from '../../../i18n/format';
import { useHeadline } from '../use-headline';
import { toneClass } from '../../../components/tone';
import { reasonText } from '../../../components/figure-cells';

/**
 * Latest NH3-N and TN at the headline station with their single-factor class, and their change during the transfer
 * against the 30 days before and against the same period last year: all as the API serves them.
 */
export function HeadlineKpis() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { headline, queries, noStation } = useHeadline();
  const frames = (
    <>
      {INDICATORS.map((indicator) => (
        <KpiCard
          key={indicator}
          label={t('overview.latest', { indicator: t(`indicator.${indicator}`) })}
          value={null}
        />
      ))}
      <KpiCard label={t('overview.change')} value={null} />
    </>
  );
  return (
    <KpiGroup title={t('overview.waterGroup')} className="kpi-group-water" busy={headline === null && !noStation}>
      <QueryView queries={queries} isEmpty={() => noStation} loading={frames}>
        {() => {
          if (!headline) return frames;
          const stationName = headline.station.name[language];
          return (
            <>
              {INDICATORS.map((indicator) => {
                const latest = headline.figures[indicator]?.latest ?? null;
                return (
                  <KpiCard
                    key={indicator}
                    label={t('overview.latest', { indicator: t(`indicator.${indicator}`) })}
                    value={latest ? formatNumber(latest.value, language, 3) : null}
                    unit={t('indicator.unit')}
                    badge={latest && <ClassBadge waterClass={latest.class} indicator={indicator} />}
                    detail={
                      latest && t('overview.latestAt', { station: stationName, time: formatDateTime(latest.time) })
                    }
                  />
                );
              })}
              {headline.event && (
                <KpiCard
                  label={t('overview.change')}
                  value={
                    <span className="kpi-changes">
                      {INDICATORS.map((indicator) => {
                        const figures = headline.figures[indicator] ?? null;
                        const [change, lastYear] = [figures?.change ?? null, figures?.changeVsLastYear ?? null];
                        return (
                          <span key={indicator} className="kpi-change">
                            <span className="kpi-change-name">{t(`indicator.${indicator}`)}</span>
                            {change === null ? (
                              <span className="muted">{reasonText(t, figures?.reasons.change ?? null)}</span>
                            ) : (
                              <span className={toneClass(figures!.tones.change)}>{formatChange(change, language)}</span>
                            )}
                            <span className="kpi-change-last-year">
                              <span className="muted">{t('overview.vsLastYear')} </span>
                              {lastYear === null ? (
                                <span className="muted">
                                  {reasonText(t, figures?.reasons.changeVsLastYear ?? null)}
                                </span>
                              ) : (
                                <span className={toneClass(figures!.tones.changeVsLastYear)}>
                                  {formatChange(lastYear, language)}
                                </span>
                              )}
                            </span>
                          </span>
                        );
                      })}
                    </span>
                  }
                  detail={t('overview.changeHint', { station: stationName })}
                />
              )}
            </>
          );
        }}
      </QueryView>
    </KpiGroup>
  );
}
