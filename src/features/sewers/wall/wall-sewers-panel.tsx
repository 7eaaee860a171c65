import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressMonth } from '../../../api/sewers';
import { Chart } from '../../../charts/chart';
import { buildProgressOverviewOption } from '../../../charts/options/progress-overview';
import { buildTownVillagesOption } from '../../../charts/options/town-progress';
import type { ChartTheme } from '../../../charts/theme';
import { QueryView } from '../../../components/query-view';
import { cycleIndex, showsStaleData, WallCounter, WallPanel } from '../../../components/wall-panel';
import { formatNumber, formatShare } from '../../../i18n/format';
import type { Language } from '../../../i18n/messages';
import { planAt, planStanding, townBarsInput, type TownStanding } from '../lib/plan';
import { share, villageProgress } from '../lib/progress';
import type { WallSewersData } from './use-wall-sewers';

interface WallSewersPanelProps {
  sewers: WallSewersData;
  /** The rotation's step: the whole programme first, then each town, furthest behind its plan first. */
  step: number;
  theme: ChartTheme;
}

/**
 * The wall's sewer story: the programme's key figures, villages per town by status against plan, and cumulative
 * progress against plan for the programme or the town the rotation brings forward.
 */
export function WallSewersPanel({ sewers, step, theme }: WallSewersPanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { summary, towns, programme, asOfMonth, standings, townProgress } = sewers;
  const count = standings && standings.length > 0 ? standings.length + 1 : 0;
  const focusIndex = cycleIndex(step, count);
  const town = focusIndex > 0 ? (standings?.[focusIndex - 1] ?? null) : null;
  const townQuery = town ? townProgress[towns.data?.findIndex((x) => x.id === town.town.id) ?? -1] : undefined;
  const scope = town ? town.town.name[language] : t('wall.programme');
  const months = town ? townQuery?.data : programme.data;
  const stale = showsStaleData([summary, towns, programme, ...townProgress]);
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
        <QueryView
          queries={[summary, towns, ...townProgress]}
          keepData
          isEmpty={() => !standings || standings.length === 0}
        >
          {() =>
            standings && (
              <TownBars standings={standings} selected={town?.town.id ?? null} asOfMonth={asOfMonth} theme={theme} />
            )
          }
        </QueryView>
        <figure className="wall-cumulative">
          <figcaption>
            {t('wall.cumulative', { scope })}
            {town && <TownStandingLine standing={town} />}
          </figcaption>
          <QueryView
            queries={town && townQuery ? [townQuery] : [programme]}
            keepData
            isEmpty={() => !months || months.length === 0}
          >
            {() =>
              months && asOfMonth && <Cumulative months={months} asOfMonth={asOfMonth} scope={scope} theme={theme} />
            }
          </QueryView>
        </figure>
      </div>
    </WallPanel>
  );
}

/** At or ahead of plan is good news; more than 5 % behind it bad; in between neither. */
const planTone = (share: number | null) =>
  share === null ? 'neutral' : share >= 1 ? 'good' : share < 0.95 ? 'bad' : 'neutral';

function SewerCounters({ sewers }: { sewers: WallSewersData }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { summary, programme, asOfMonth } = sewers;
  if (!summary.data || !programme.data) return null;
  const { villages, pipelineKm } = summary.data;
  const n = (value: number, digits = 0) => formatNumber(value, language, digits);
  const shareText = (part: number, whole: number) => formatShare(share(part, whole) ?? 0, language);
  const plannedToDate = asOfMonth ? planAt(programme.data, asOfMonth) : null;
  const standing = planStanding(villages, pipelineKm, plannedToDate);
  return (
    <div className="wall-counters">
      <WallCounter
        label={t('wall.villagesDone')}
        value={n(villages.completed)}
        unit={`/ ${n(villages.total)}`}
        hint={t('wall.villagesHint', {
          total: n(villages.total),
          share: shareText(villages.completed, villages.total),
        })}
      />
      <WallCounter
        label={t('wall.pipeBuilt')}
        value={n(pipelineKm.built, 1)}
        unit={`/ ${n(pipelineKm.planned)} ${t('sewers.km')}`}
        hint={t('wall.pipeHint', {
          total: n(pipelineKm.planned),
          share: shareText(pipelineKm.built, pipelineKm.planned),
        })}
      />
      <WallCounter
        label={t('wall.planShare')}
        value={standing.villageShare === null ? '—' : formatShare(standing.villageShare, language)}
        tone={planTone(standing.villageShare)}
        hint={
          plannedToDate &&
          t('wall.planShareHint', {
            month: asOfMonth ?? '',
            done: n(villages.completed),
            planned: n(plannedToDate.villages),
          })
        }
      />
    </div>
  );
}

function TownStandingLine({ standing }: { standing: TownStanding }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const n = (value: number) => formatNumber(value, language);
  const gap = standing.villageGap;
  if (gap === null || !standing.plannedToDate) return null;
  return (
    <span className={`wall-town-standing ${gap > 0 ? 'tone-bad' : 'tone-good'}`}>
      {t('wall.townStanding', {
        done: n(standing.villages.completed),
        total: n(standing.villages.total),
        planned: n(standing.plannedToDate.villages),
        gap:
          gap > 0
            ? t('wall.behindBy', { villages: n(gap) })
            : gap < 0
              ? t('wall.aheadBy', { villages: n(-gap) })
              : t('wall.onPlan'),
      })}
    </span>
  );
}

interface TownBarsProps {
  standings: readonly TownStanding[];
  selected: string | null;
  asOfMonth: string | null;
  theme: ChartTheme;
}

function TownBars({ standings, selected, asOfMonth, theme }: TownBarsProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const option = useMemo(
    () => buildTownVillagesOption(townBarsInput(standings, selected, language), theme, language),
    [standings, selected, theme, language],
  );
  const townName = standings.find((s) => s.town.id === selected)?.town.name[language] ?? t('wall.programme');
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
  const language = i18n.language as Language;
  const option = useMemo(
    () => buildProgressOverviewOption(villageProgress(months), asOfMonth, theme, language),
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
