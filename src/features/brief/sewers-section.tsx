import { asOfMonth } from '../../domain/sewers-figures';
import { useCallback } from 'react';
import { useTranslation } from '../../i18n/react';
import { type SewersSummary, type Town } from '../../api/sewers';
import { BriefChart } from './brief-chart';
import { QueryView } from '../../components/query-view';
import { formatNumber, formatShare } from '../../i18n/format';
import { briefProgressOption, briefTownsOption } from './brief-charts';
import type { BriefData } from './use-brief';
import { ColumnHeads } from '../../components/column-heads';

/** Paper heights: a bar per town, and the cumulative chart below it, with the towns table, fill one A4 page. */
const TOWN_ROW_HEIGHT = 30;
const TOWNS_CHART_FRAME = 70;
const PROGRESS_HEIGHT = 220;

/** The sewer programme: towns by share of plan, the cumulative chart, and each town's counts with the programme's. */
export function SewersSection({ brief }: { brief: BriefData }) {
  const { t } = useTranslation();
  const { sewers, towns } = brief.keyPoints;
  return (
    <section className="brief-block" aria-labelledby="brief-sewers">
      <h2 id="brief-sewers">{t('brief.sewersSection')}</h2>
      <QueryView queries={[sewers, towns, brief.progress]} isEmpty={() => sewers.data!.villages.total === 0}>
        {() => <SewersBody summary={sewers.data!} towns={towns.data!} brief={brief} />}
      </QueryView>
    </section>
  );
}

function SewersBody({ summary, towns, brief }: { summary: SewersSummary; towns: readonly Town[]; brief: BriefData }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const month = asOfMonth(summary.asOf);
  const buildTowns = useCallback(() => briefTownsOption(towns, language), [towns, language]);
  const months = brief.progress.data!;
  const buildProgress = useCallback(() => briefProgressOption(months, month, language), [months, month, language]);
  const townsCaption = t('brief.townsCaption', { n: 3, month });
  const progressCaption = t('brief.cumulativeCaption', { n: 4 });
  return (
    <>
      <figure className="brief-figure">
        <BriefChart
          build={buildTowns}
          description={townsCaption}
          height={towns.length * TOWN_ROW_HEIGHT + TOWNS_CHART_FRAME}
          empty={t('state.empty')}
        />
        <figcaption>{townsCaption}</figcaption>
      </figure>
      <figure className="brief-figure">
        <BriefChart
          build={buildProgress}
          description={progressCaption}
          height={PROGRESS_HEIGHT}
          empty={t('state.empty')}
        />
        <figcaption>{progressCaption}</figcaption>
      </figure>
      <TownsTable summary={summary} towns={towns} />
      <p className="brief-note">{t('brief.namesInAppendix')}</p>
    </>
  );
}

/** One row per town in the API's order (furthest behind first), the programme's totals at the foot. */
function TownsTable({ summary, towns }: { summary: SewersSummary; towns: readonly Town[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const n = (value: number, digits = 0) => formatNumber(value, language, digits);
  const row = (scope: Pick<Town, 'villages' | 'pipelineKm' | 'plan'>) => [
    <td key="total" className="number">
      {n(scope.villages.total)}
    </td>,
    <td key="completed" className="number">
      {n(scope.villages.completed)}
    </td>,
    <td key="in-progress" className="number">
      {n(scope.villages.inProgress)}
    </td>,
    <td key="not-started" className="number">
      {n(scope.villages.notStarted)}
    </td>,
    <td key="share" className="number">
      {scope.plan?.shareOfPlan.villages == null ? '—' : formatShare(scope.plan.shareOfPlan.villages, language)}
    </td>,
    <td key="gap" className="number">
      {scope.plan ? n(Math.max(0, scope.plan.gapToPlan.villages)) : '—'}
    </td>,
    <td key="km" className="number">
      {n(scope.pipelineKm.built, 1)} / {n(scope.pipelineKm.planned, 1)}
    </td>,
  ];
  return (
    <table className="brief-table">
      <caption>{t('brief.townsTable')}</caption>
      <ColumnHeads
        labels={[
          t('sewers.townColumn'),
          t('brief.villages'),
          t('sewers.statuses.completed'),
          t('sewers.statuses.in_progress'),
          t('sewers.statuses.not_started'),
          t('sewers.shareColumn'),
          t('sewers.gapColumn'),
          t('sewers.kmColumn'),
        ]}
      />
      <tbody>
        {towns.map((town) => (
          <tr key={town.id}>
            <th scope="row">{town.name[language]}</th>
            {row(town)}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('sewers.programme')}</th>
          {row(summary)}
        </tr>
      </tfoot>
    </table>
  );
}
