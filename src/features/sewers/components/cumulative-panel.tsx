import type { ProgressMonth } from '../../../domain/dataset';
import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from '../../../i18n/react';
import { Chart } from '../../../charts/chart';
import { buildCumulativeProgressOption } from '../../../charts/options/cumulative-progress';
import { drawing, type Drawing } from '../../../charts/recipes';
import { deskTheme } from '../../../charts/theme';
import { EmptyState } from '../../../components/query-states';
import { Panel } from '../../../components/panel';
import { QueryView } from '../../../components/query-view';
import { MEASURES, type Measure } from '../lib/view';

interface Series {
  scope: string;
  months: readonly ProgressMonth[] | undefined;
  queries: readonly UseQueryResult[];
}

interface CumulativePanelProps {
  programme: Series;
  /** The chosen town's, or null for none chosen. */
  town: Series | null;
  /** Whether there are towns to choose from: only then does the empty second place invite a choice. */
  townsToChoose: boolean;
  measure: Measure;
  onMeasure: (measure: Measure) => void;
  asOfMonth: string | null;
}

/** Cumulative actual against plan, 2022–2025: the whole programme and, beside it, the chosen town. */
export function CumulativePanel({
  programme,
  town,
  townsToChoose,
  measure,
  onMeasure,
  asOfMonth,
}: CumulativePanelProps) {
  const { t } = useTranslation();
  return (
    <Panel
      className="cumulative-panel"
      title={t('sewers.progressTitle')}
      actions={
        <fieldset className="control-group control-inline">
          <legend className="visually-hidden">{t('sewers.measure')}</legend>
          <div className="segmented">
            {MEASURES.map((m) => (
              <label key={m}>
                <input type="radio" name="measure" value={m} checked={measure === m} onChange={() => onMeasure(m)} />
                <span>{t(`sewers.measures.${m}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      }
    >
      <div className="cumulative-charts">
        <CumulativeChart series={programme} measure={measure} asOfMonth={asOfMonth} />
        {town ? (
          <CumulativeChart series={town} measure={measure} asOfMonth={asOfMonth} />
        ) : (
          townsToChoose && <EmptyState>{t('sewers.pickTown')}</EmptyState>
        )}
      </div>
    </Panel>
  );
}

function CumulativeChart({
  series,
  measure,
  asOfMonth,
}: {
  series: Series;
  measure: Measure;
  asOfMonth: string | null;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const measureName = t(`sewers.measures.${measure}`);
  const progress = useMemo<Drawing | null>(() => {
    if (!series.months || asOfMonth === null) return null;
    const points = series.months.map((m) =>
      measure === 'villages'
        ? { month: m.month, planned: m.plannedVillages, actual: m.completedVillages }
        : { month: m.month, planned: m.plannedKm, actual: m.builtKm },
    );
    return drawing('cumulativeProgress', buildCumulativeProgressOption, points, asOfMonth, deskTheme, language, {
      yName: measureName,
    });
  }, [series.months, asOfMonth, measure, measureName, language]);
  return (
    <figure>
      <figcaption>{series.scope}</figcaption>
      <QueryView queries={series.queries} isEmpty={() => !series.months || series.months.length === 0}>
        {() =>
          progress && (
            <Chart
              {...progress}
              height={280}
              description={t('sewers.progressDescription', { scope: series.scope, measure: measureName })}
            />
          )
        }
      </QueryView>
    </figure>
  );
}
