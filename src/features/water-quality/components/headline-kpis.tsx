import { useTranslation } from 'react-i18next';
import { ClassBadge } from '../../../components/class-badge';
import { KpiCard, KpiGroup } from '../../../components/kpi';
import { QueryView } from '../../../components/query-view';
import { formatChange, formatDateTime, formatNumber } from '../../../i18n/format';
import type { Language } from '../../../i18n/messages';
import { INDICATORS } from '../../../api/water-quality';
import type { Headline } from '../use-headline';

/** Latest NH3-N and TN at the headline station with their class, and their change during the transfer. */
export function HeadlineKpis({ headline }: { headline: Headline }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { figures, queries, noStation } = headline;
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
    <KpiGroup title={t('overview.waterGroup')} className="kpi-group-water" busy={figures === null && !noStation}>
      <QueryView queries={queries} isEmpty={() => noStation} loading={frames}>
        {() => {
          if (!figures) return frames;
          const stationName = figures.station.name[language];
          return (
            <>
              {INDICATORS.map((indicator) => {
                const latest = figures.latest[indicator];
                return (
                  <KpiCard
                    key={indicator}
                    label={t('overview.latest', { indicator: t(`indicator.${indicator}`) })}
                    value={latest ? formatNumber(latest.value, language, 3) : null}
                    unit={t('indicator.unit')}
                    badge={latest && <ClassBadge waterClass={latest.waterClass} />}
                    detail={
                      latest && t('overview.latestAt', { station: stationName, time: formatDateTime(latest.time) })
                    }
                  />
                );
              })}
              <KpiCard
                label={t('overview.change')}
                value={
                  <span className="kpi-changes">
                    {INDICATORS.map((indicator) => {
                      const change = figures.change[indicator];
                      return (
                        <span key={indicator} className="kpi-change">
                          <span className="kpi-change-name">{t(`indicator.${indicator}`)}</span>
                          <span className={change !== null && change < 0 ? 'fall' : 'rise'}>
                            {change === null ? '—' : formatChange(change, language)}
                          </span>
                        </span>
                      );
                    })}
                  </span>
                }
                detail={t('overview.changeHint', { station: stationName })}
              />
            </>
          );
        }}
      </QueryView>
    </KpiGroup>
  );
}
