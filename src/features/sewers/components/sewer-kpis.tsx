import { useTranslation } from '../../../i18n/react';
import { useSewersSummary } from '../../../api/sewers';
import { KpiCard, KpiGroup } from '../../../components/kpi';
import { QueryView } from '../../../components/query-view';
import { formatNumber, formatShare } from '../../../i18n/format';

/** Villages completed of the programme's total, and km of pipe built of the km planned. */
export function SewerKpis() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const summary = useSewersSummary();
  const frames = (
    <>
      <KpiCard label={t('overview.villages')} value={null} />
      <KpiCard label={t('overview.pipeline')} value={null} />
    </>
  );
  return (
    <KpiGroup title={t('overview.sewerGroup')} className="kpi-group-sewers" busy={summary.isPending}>
      <QueryView queries={[summary]} loading={frames} isEmpty={() => summary.data?.villages.total === 0}>
        {() => {
          const { villages, pipelineKm, shareOfTotal } = summary.data!;
          const [villageShare, kmShare] = [shareOfTotal.villages, shareOfTotal.km];
          return (
            <>
              <KpiCard
                label={t('overview.villages')}
                value={formatNumber(villages.completed, language)}
                unit={`/ ${formatNumber(villages.total, language)}`}
                detail={`${t('overview.villagesOf', { total: formatNumber(villages.total, language) })}${
                  villageShare === null ? '' : ` · ${formatShare(villageShare, language)}`
                }`}
              />
              <KpiCard
                label={t('overview.pipeline')}
                value={formatNumber(pipelineKm.built, language, 1)}
                unit={t('overview.km')}
                detail={`${t('overview.pipelineOf', { total: formatNumber(pipelineKm.planned, language) })}${
                  kmShare === null ? '' : ` · ${formatShare(kmShare, language)}`
                }`}
              />
            </>
          );
        }}
      </QueryView>
    </KpiGroup>
  );
}
