import { asOfMonth } from '../../domain/sewers-figures';
import { useId } from 'react';
import { useTranslation } from '../../i18n/react';
import { type SewersSummary } from '../../api/sewers';
import { INDICATORS, type Station, type WaterSummary } from '../../api/water-quality';
import { QueryView } from '../../components/query-view';
import { ChangeCell, PointsCell } from '../../components/figure-cells';
import { figuresOf, headlineStation } from '../../stories/water-summary';
import { formatDateTime, formatNumber, formatShare, formatValue } from '../../i18n/format';
import type { BriefData } from './use-brief';

/** The first page's figures: the headline station's NH3-N and TN, and the programme's standing. */
export function HeadlineFigures({ brief }: { brief: BriefData }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { stations, summary, sewers } = brief.keyPoints;
  return (
    <section className="brief-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('brief.headline')}</h2>
      <QueryView queries={[stations, summary]} isEmpty={() => headlineStation(stations.data!) === null}>
        {() =>
          summary.data ? (
            <WaterFigures station={headlineStation(stations.data!)!} summary={summary.data} />
          ) : (
            <p className="muted">{t('brief.noEvent')}</p>
          )
        }
      </QueryView>
      <QueryView queries={[sewers]} isEmpty={() => sewers.data!.villages.total === 0}>
        {() => <SewerFigures summary={sewers.data!} />}
      </QueryView>
    </section>
  );
}

function WaterFigures({ station, summary }: { station: Station; summary: WaterSummary }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <table className="brief-table">
      <caption>{t('brief.headlineWater', { station: station.name[language] })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('brief.indicator')}</th>
          <th scope="col">{t('brief.latest')}</th>
          <th scope="col">{t('brief.class')}</th>
          <th scope="col">{t('brief.change')}</th>
          <th scope="col">{t('brief.vsLastYear')}</th>
          <th scope="col">{t('brief.netOfSeason')}</th>
        </tr>
      </thead>
      <tbody>
        {INDICATORS.map((indicator) => {
          const figures = figuresOf(summary, station.id, indicator);
          const latest = figures?.latest ?? null;
          return (
            <tr key={indicator}>
              <th scope="row">{t(`indicator.${indicator}`)}</th>
              <td className="number">
                {latest ? (
                  <>
                    {formatValue(latest.value, language)} {t('indicator.unit')}
                    <span className="brief-when">{formatDateTime(latest.time)}</span>
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td>
                {latest?.class ? t(`waterClass.${latest.class}`) : '—'}
                {indicator === 'tn' && latest?.class && <span className="brief-when">{t('waterClass.tnOwn')}</span>}
              </td>
              <ChangeCell figures={figures} figure="change" />
              <ChangeCell figures={figures} figure="changeVsLastYear" />
              <PointsCell figures={figures} />
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function SewerFigures({ summary }: { summary: SewersSummary }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const n = (value: number, digits = 0) => formatNumber(value, language, digits);
  const { villages, pipelineKm: km, plan } = summary;
  const share = (value: number | null) => (value === null ? '—' : formatShare(value, language));
  const month = asOfMonth(summary.asOf);
  const figures = [
    {
      label: t('sewers.completed'),
      value: `${n(villages.completed)} / ${n(villages.total)}`,
      detail: share(summary.shareOfTotal.villages),
    },
    {
      label: t('sewers.open'),
      value: `${n(villages.inProgress)} · ${n(villages.notStarted)}`,
      detail: t('sewers.openDetail', { inProgress: n(villages.inProgress), notStarted: n(villages.notStarted) }),
    },
    {
      label: t('sewers.pipeline'),
      value: `${n(km.built, 1)} / ${n(km.planned)} ${t('sewers.km')}`,
      detail: share(summary.shareOfTotal.km),
    },
    {
      label: t('sewers.planShare'),
      value: plan?.shareOfPlan.villages == null ? '—' : formatShare(plan.shareOfPlan.villages, language),
      detail: plan
        ? t(plan.gapToPlan.villages > 0 ? 'sewers.gapDetail' : 'sewers.aheadDetail', {
            month,
            villages: n(Math.abs(plan.gapToPlan.villages)),
            km: n(Math.abs(plan.gapToPlan.km), 1),
          })
        : t('sewers.noPlan', { month }),
    },
  ];
  return (
    <div className="brief-figures">
      <p className="brief-figures-title">{t('brief.headlineSewers')}</p>
      <dl>
        {figures.map((figure) => (
          <div key={figure.label}>
            <dt>{figure.label}</dt>
            <dd className="number">{figure.value}</dd>
            <dd className="brief-when">{figure.detail}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
