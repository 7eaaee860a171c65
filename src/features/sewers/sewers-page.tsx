import { useTranslation } from '../../i18n/react';
import { useProgress, useSewersSummary, useVillages } from '../../api/sewers';
import { asOfMonth as asOfMonthOf } from '../../domain/sewers-figures';
import { formatDate, formatNumber } from '../../i18n/format';
import { CumulativePanel } from './components/cumulative-panel';
import { PlanKpis } from './components/plan-kpis';
import { TownsPanel } from './components/towns-panel';
import { VillagesPanel } from './components/villages-panel';
import { useSewersView } from './use-sewers-view';

/**
 * `/sewers`: where the Tao-Ge rural sewage programme stands, overall and per town, over time against plan, and
 * village by village. Choosing a town (in a chart, the town table or the filter) narrows the whole page to it.
 */
export function SewersPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { view, setView, towns } = useSewersView();
  const summary = useSewersSummary();
  const programme = useProgress();
  const townProgress = useProgress(view.town ?? undefined, { enabled: view.town !== null });
  const villages = useVillages();
  const asOfMonth = summary.data ? asOfMonthOf(summary.data.asOf) : null;

  const town = towns.data?.find((t) => t.id === view.town) ?? null;
  const townName = town?.name[language] ?? null;

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
          <PlanKpis scope={townName ?? ''} standing={town} asOfMonth={asOfMonth} queries={[summary, towns]} />
        ) : (
          <PlanKpis
            scope={t('sewers.scopeAll')}
            standing={summary.data ?? null}
            asOfMonth={asOfMonth}
            queries={[summary]}
          />
        )}
      </div>

      <div className="sewers-layout">
        <TownsPanel
          towns={towns.data ?? null}
          selected={view.town}
          onSelect={(id) => setView({ town: id })}
          asOfMonth={asOfMonth}
          queries={[summary, towns]}
        />
        <CumulativePanel
          programme={{ scope: t('sewers.programme'), months: programme.data, queries: [summary, programme] }}
          town={town ? { scope: townName ?? '', months: townProgress.data, queries: [summary, townProgress] } : null}
          townsToChoose={(towns.data?.length ?? 0) > 0}
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
