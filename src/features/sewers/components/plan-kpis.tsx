import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from '../../../i18n/react';
import { KpiCard, KpiGroup } from '../../../components/kpi';
import { QueryView } from '../../../components/query-view';
import { formatNumber, formatShare } from '../../../i18n/format';
import type { PlanScope } from '../lib/plan';

interface PlanKpisProps {
  /** "Whole programme" or the town's name. */
  scope: string;
  standing: PlanScope | null;
  asOfMonth: string | null;
  queries: readonly UseQueryResult[];
}

const LABELS = ['sewers.completed', 'sewers.open', 'sewers.pipeline', 'sewers.planShare', 'sewers.gap'] as const;

/** Five figures a presenter can read aloud: done, open, pipe, share of plan, and the gap to plan. */
export function PlanKpis({ scope, standing, asOfMonth, queries }: PlanKpisProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const n = (value: number, digits = 0) => formatNumber(value, language, digits);
  const frames = LABELS.map((label) => <KpiCard key={label} label={t(label)} value={null} />);
  return (
    <KpiGroup
      title={t('sewers.kpiGroup', { scope })}
      className="kpi-group-plan"
      busy={queries.some((q) => q.isPending)}
    >
      <QueryView queries={queries} loading={frames} isEmpty={() => !standing || standing.villages.total === 0}>
        {() => {
          const { villages, pipelineKm: km, plan, shareOfTotal, standing: verdict } = standing!;
          const plannedToDate = plan?.plannedToDate ?? null;
          const [villageShare, kmShare] = [plan?.shareOfPlan.villages ?? null, plan?.shareOfPlan.km ?? null];
          const [villageGap, kmGap] = [plan?.gapToPlan.villages ?? null, plan?.gapToPlan.km ?? null];
          const month = asOfMonth ?? '';
          const shareText = (value: number | null) => (value === null ? '—' : formatShare(value, language));
          const gap = {
            villages: n(Math.abs(villageGap ?? 0)),
            km: n(Math.abs(kmGap ?? 0), 1),
            month,
          };
          return (
            <>
              <KpiCard
                label={t('sewers.completed')}
                value={n(villages.completed)}
                unit={`/ ${n(villages.total)}`}
                detail={t('sewers.completedDetail', {
                  total: n(villages.total),
                  share: shareText(shareOfTotal.villages),
                })}
              />
              <KpiCard
                label={t('sewers.open')}
                value={`${n(villages.inProgress)} · ${n(villages.notStarted)}`}
                detail={t('sewers.openDetail', {
                  inProgress: n(villages.inProgress),
                  notStarted: n(villages.notStarted),
                })}
              />
              <KpiCard
                label={t('sewers.pipeline')}
                value={n(km.built, 1)}
                unit={`/ ${n(km.planned)} ${t('sewers.km')}`}
                detail={t('sewers.pipelineDetail', {
                  total: n(km.planned),
                  share: shareText(shareOfTotal.km),
                })}
              />
              <KpiCard
                label={t('sewers.planShare')}
                value={villageShare === null ? null : formatShare(villageShare, language)}
                detail={
                  plannedToDate && kmShare !== null
                    ? t('sewers.planShareDetail', {
                        month,
                        planned: n(plannedToDate.villages),
                        done: n(villages.completed),
                        kmShare: formatShare(kmShare, language),
                      })
                    : t('sewers.noPlan', { month })
                }
              />
              <KpiCard
                label={t('sewers.gap')}
                value={verdict === null ? null : t(`sewers.standing.${verdict}`)}
                unit={t('sewers.gapValue', gap)}
                detail={
                  villageGap === null
                    ? t('sewers.noPlan', { month })
                    : t(villageGap > 0 ? 'sewers.gapDetail' : 'sewers.aheadDetail', gap)
                }
              />
            </>
          );
        }}
      </QueryView>
    </KpiGroup>
  );
}
