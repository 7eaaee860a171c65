import { useTranslation } from 'react-i18next';
import { useProgress, useSewersSummary, useVillages } from '../../api/sewers';
import { toShanghaiDate } from '../../domain/shanghai-time';
import { formatDate, formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import { CumulativePanel } from './components/cumulative-panel';
import { PlanKpis } from './components/plan-kpis';
import { TownsPanel } from './components/towns-panel';
import { VillagesPanel } from './components/villages-panel';
import { planAt, planStanding } from './lib/plan';
import { useSewersView } from './use-sewers-view';
import { useTownStandings } from './use-town-standings';

/**
 * `/sewers`: where the Tao-Ge rural sewage programme stands, overall and per town, over time against plan, and
 * village by village. Choosing a town (in a chart, the town table or the filter) narrows the whole page to it.
 */
export function SewersPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { view, setView, towns } = useSewersView();
  const summary = useSewersSummary();
  const programme = useProgress();
  const villages = useVillages();
  const asOfMonth = summary.data ? toShanghaiDate(summary.data.asOf).slice(0, 7) : null;
  const { standings, queries: townProgress } = useTownStandings(towns.data, asOfMonth);

  const town = view.town ? (standings?.find((s) => s.town.id === view.town) ?? null) : null;
  const townName = towns.data?.find((t) => t.id === view.town)?.name[language] ?? null;
  const programmeStanding =
    summary.data && programme.data && asOfMonth
      ? planStanding(summary.data.villages, summary.data.pipelineKm, planAt(programme.data, asOfMonth))
      : null;
  const townProgressQuery = view.town
    ? townProgress[towns.data?.findIndex((t) => t.id === view.town) ?? -1]
    : undefined;
  const standingQueries = [summary, towns, ...townProgress];

  return (
    <div className="sewers-page">
      <header className="page-header">
        <h1>{t('sewers.heading')}</h1>
        {summary.isPending ? (
          // Holds the lead's line while the summary loads, so that the page below does not move down when it lands.
          <p className="page-lead page-lead-pending">{'\u00a0'}</p>
        ) : (
          summary.data &&
          summary.data.villages.total > 0 && (
            <p className="page-lead">
              {t('sewers.lead', {
                date: formatDate(summary.data.asOf),
                towns: formatNumber(towns.data?.length ?? 7, language),
                villages: formatNumber(summary.data.villages.total, language),
                km: formatNumber(summary.data.pipelineKm.planned, language),
              })}
            </p>
          )
        )}
        {townName && (
          <p className="town-filter">
            <span>{t('sewers.showingTown', { town: townName })}</span>
            <button type="button" className="link-button" onClick={() => setView({ town: null })}>
              {t('sewers.clearTown')}
            </button>
          </p>
        )}
      </header>

      <div className="kpi-strip kpi-strip-single">
        {view.town ? (
          <PlanKpis scope={townName ?? ''} standing={town} asOfMonth={asOfMonth} queries={standingQueries} />
        ) : (
          <PlanKpis
            scope={t('sewers.scopeAll')}
            standing={programmeStanding}
            asOfMonth={asOfMonth}
            queries={[summary, programme]}
          />
        )}
      </div>

      <div className="sewers-layout">
        <TownsPanel
          standings={standings}
          selected={view.town}
          onSelect={(id) => setView({ town: id })}
          asOfMonth={asOfMonth}
          queries={standingQueries}
        />
        <CumulativePanel
          programme={{ scope: t('sewers.programme'), months: programme.data, queries: [summary, programme] }}
          town={
            town && townProgressQuery
              ? { scope: townName ?? '', months: townProgressQuery.data, queries: [summary, townProgressQuery] }
              : null
          }
          townsToChoose={(standings?.length ?? 0) > 0}
          measure={view.measure}
          onMeasure={(measure) => setView({ measure })}
          asOfMonth={asOfMonth}
        />
      </div>

      <VillagesPanel
        villages={villages.data}
        towns={towns.data}
        view={view}
        onChange={setView}
        queries={[villages, towns]}
      />
    </div>
  );
}
