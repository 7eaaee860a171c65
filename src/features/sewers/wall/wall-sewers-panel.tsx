import type { ProgressMonth } from '../../../domain/dataset';
import { useMemo } from 'react';
import { useTranslation } from '../../../i18n/react';
import { keepPreviousData } from '@tanstack/react-query';
import { standingTone, useProgress, type Town } from '../../../api/sewers';
import { Chart } from '../../../charts/chart';
import { buildCumulativeProgressOption } from '../../../charts/options/cumulative-progress';
import { buildTownVillagesOption } from '../../../charts/options/town-progress';
import type { ChartTheme } from '../../../charts/theme';
import { QueryView } from '../../../components/query-view';
import { showsStaleData, WallCounter, WallPanel } from '../../../components/wall-panel';
import { formatNumber, formatShare } from '../../../i18n/format';
import { townBarsInput } from '../../../stories/town-bars';
import { gapWords } from '../lib/plan';
import { villageProgress } from '../../../stories/progress';
import type { FocusedTown, WallSewersData } from './use-wall-sewers';
import './wall-sewers.css';

interface WallSewersPanelProps {
  sewers: WallSewersData;
  /** What the rotation brings forward (`focusedTown`): the whole programme first, then each town. */
  focused: FocusedTown;
  theme: ChartTheme;
}

/**
 * The wall's sewer story: the programme's key figures, villages per town by status against plan, and cumulative
 * progress against plan for the programme or the town the rotation brings forward.
 */
export function WallSewersPanel({ sewers, focused, theme }: WallSewersPanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { summary, towns, programme, asOfMonth } = sewers;
  const { index: focusIndex, count, town } = focused;
  // The programme's months come with the page; a town's are asked for when the rotation reaches it (then cached).
  // Until a town's months are in, the previous scope's stay drawn rather than the chart giving way to a loader.
  const townProgress = useProgress(town?.id, { enabled: town !== null, placeholderData: keepPreviousData });
  const progress = town ? townProgress : programme;
  const scope = town ? town.name[language] : t('wall.programme');
  const stale = showsStaleData([summary, towns, programme, ...(town ? [townProgress] : [])]);
  return (
    <WallPanel
      className="wall-sewers"
      title={t('wall.sewersTitle')}
      stale={stale}
      focus={count > 0 ? { label: scope, index: focusIndex, count } : null}
    >
      <QueryView queries={[summary, programme]} keepData isEmpty={() => summary.data?.villages.total === 0}>
        {() => <SewerCounters sewers={sewers} />}
      </QueryView>
      <div className="wall-sewer-charts">
        <QueryView queries={[summary, towns]} keepData isEmpty={() => !towns.data || towns.data.length === 0}>
          {() =>
            towns.data && (
              <TownBars towns={towns.data} selected={town?.id ?? null} asOfMonth={asOfMonth} theme={theme} />
            )
          }
        </QueryView>
        <figure className="wall-cumulative">
          <figcaption>
            {t('wall.cumulative', { scope })}
            {town && <TownStandingLine town={town} />}
          </figcaption>
          <QueryView queries={[progress]} keepData isEmpty={() => !progress.data || progress.data.length === 0}>
            {() =>
              progress.data &&
              asOfMonth && <Cumulative months={progress.data} asOfMonth={asOfMonth} scope={scope} theme={theme} />
            }
          </QueryView>
        </figure>
      </div>
    </WallPanel>
  );
}

function SewerCounters({ sewers }: { sewers: WallSewersData }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { summary, asOfMonth } = sewers;
  if (!summary.data) return null;
  const { villages, pipelineKm, plan, shareOfTotal, standing } = summary.data;
  const n = (value: number, digits = 0) => formatNumber(value, language, digits);
  const shareText = (value: number | null) => (value === null ? '—' : formatShare(value, language));
  const planShare = plan?.shareOfPlan.villages ?? null;
  return (
    <div className="wall-counters">
      <WallCounter
        label={t('wall.villagesDone')}
        value={n(villages.completed)}
        unit={`/ ${n(villages.total)}`}
        hint={t('wall.villagesHint', {
          total: n(villages.total),
          share: shareText(shareOfTotal.villages),
        })}
      />
      <WallCounter
        label={t('wall.pipeBuilt')}
        value={n(pipelineKm.built, 1)}
        unit={t('sewers.km')}
        hint={t('wall.pipeHint', {
          total: n(pipelineKm.planned),
          share: shareText(shareOfTotal.km),
        })}
      />
      <WallCounter
        label={t('wall.planShare')}
        value={planShare === null ? '—' : formatShare(planShare, language)}
        tone={standingTone(standing)}
        hint={
          plan
            ? t('wall.planShareHint', {
                month: asOfMonth ?? '',
                done: n(villages.completed),
                planned: n(plan.plannedToDate.villages),
              })
            : t('sewers.noPlan', { month: asOfMonth ?? '' })
        }
      />
    </div>
  );
}

function TownStandingLine({ town }: { town: Town }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const n = (value: number) => formatNumber(value, language);
  const gap = gapWords(town);
  if (!town.plan || !gap) return null;
  return (
    <span className={`wall-town-standing tone-${standingTone(town.standing)}`}>
      {t('wall.townStanding', {
        done: n(town.villages.completed),
        total: n(town.villages.total),
        planned: n(town.plan.plannedToDate.villages),
        gap: t(gap.key, { villages: n(gap.villages) }),
      })}
    </span>
  );
}

interface TownBarsProps {
  towns: readonly Town[];
  selected: string | null;
  asOfMonth: string | null;
  theme: ChartTheme;
}

function TownBars({ towns, selected, asOfMonth, theme }: TownBarsProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const option = useMemo(
    () => buildTownVillagesOption(townBarsInput(towns, selected, language), theme, language),
    [towns, selected, theme, language],
  );
  const townName = towns.find((town) => town.id === selected)?.name[language] ?? t('wall.programme');
  return (
    <figure className="wall-towns">
      <figcaption>{t('wall.townsChart')}</figcaption>
      <Chart
        merge
        table={false}
        className="wall-chart"
        option={option}
        height="100%"
        description={t('wall.townsDescription', { month: asOfMonth ?? '', town: townName })}
      />
    </figure>
  );
}

interface CumulativeProps {
  months: readonly ProgressMonth[];
  asOfMonth: string;
  scope: string;
  theme: ChartTheme;
}

function Cumulative({ months, asOfMonth, scope, theme }: CumulativeProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const option = useMemo(
    () => buildCumulativeProgressOption(villageProgress(months), asOfMonth, theme, language),
    [months, asOfMonth, theme, language],
  );
  return (
    <Chart
      merge
      table={false}
      className="wall-chart"
      option={option}
      height="100%"
      description={t('wall.cumulativeDescription', { scope })}
    />
  );
}
