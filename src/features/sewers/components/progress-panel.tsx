import { useMemo } from 'react';
import { useTranslation } from '../../../i18n/react';
import { useProgress, useSewersSummary } from '../../../api/sewers';
import { asOfMonth as asOfMonthOf } from '../../../domain/sewers-figures';
import { Chart } from '../../../charts/chart';
import { buildCumulativeProgressOption } from '../../../charts/options/cumulative-progress';
import { drawing, type Drawing } from '../../../charts/recipes';
import { deskTheme } from '../../../charts/theme';
import { Panel } from '../../../components/panel';
import { QueryView } from '../../../components/query-view';
import { villageProgress } from '../../../stories/progress';
import { AppLink } from '../../../routing/navigation';

/** The overview's small chart of villages completed against plan, linking to the sewers page. */
export function ProgressPanel() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const summary = useSewersSummary();
  const progress = useProgress();
  const months = progress.data;
  const asOfMonth = summary.data ? asOfMonthOf(summary.data.asOf) : null;
  const chart = useMemo<Drawing | null>(
    () =>
      months
        ? drawing(
            'cumulativeProgress',
            buildCumulativeProgressOption,
            villageProgress(months),
            asOfMonth ?? '',
            deskTheme,
            language,
          )
        : null,
    [months, asOfMonth, language],
  );
  const done = months?.find((m) => m.month === asOfMonth)?.completedVillages ?? 0;
  return (
    <Panel
      chartHeight={340}
      title={t('overview.sewerTitle')}
      actions={
        <AppLink to="/sewers" className="panel-link">
          {t('overview.sewerLink')} →
        </AppLink>
      }
    >
      <QueryView queries={[summary, progress]} isEmpty={() => !months?.length}>
        {() =>
          chart && <Chart {...chart} description={t('charts.progressDescription', { date: asOfMonth ?? '—', done })} />
        }
      </QueryView>
    </Panel>
  );
}
