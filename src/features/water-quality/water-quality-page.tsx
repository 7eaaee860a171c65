import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSeries, type Station, type TransferEvent } from '../../api/water-quality';
import { Panel } from '../../components/panel';
import { LoadingState } from '../../components/query-states';
import { QueryView } from '../../components/query-view';
import { useIdleAfter } from '../../components/use-idle-after';
import { isClassified } from '../../domain/gb3838';
import type { Language } from '../../i18n/messages';
import { CsvExport } from './components/csv-export';
import { EffectTable } from './components/effect-table';
import { StatisticsTable } from './components/statistics-table';
import { TransferSummary } from './components/transfer-summary';
import { TrendPanel } from './components/trend-panel';
import { ViewControls } from './components/view-controls';
import { computeStatistics } from './lib/statistics';
import { presetRange, STATISTICS_SERIES_PARAMS, viewSeriesParams, type WaterQualityView } from './lib/view';
import { useWaterQualityView } from './use-water-quality-view';

/**
 * `/water-quality`: did the transfer clean Ge Lake? Both trends with the transfer and the class limits, the change
 * and arrival per station, the statistics around the transfer, and exports. The view lives in the URL.
 *
 * Everything under the heading depends on the stations and the transfer events (the view, the controls, the charts'
 * transfer band), so it appears at once when they are known rather than piece by piece, pushing what is below down.
 */
export function WaterQualityPage() {
  const { t } = useTranslation();
  const { view, setView, stations, events, transfer } = useWaterQualityView();
  return (
    <div className="water-quality-page">
      <header className="page-header">
        <h1>{t('waterQuality.heading')}</h1>
      </header>
      <QueryView
        queries={[stations, events]}
        isEmpty={() => !view || stations.data!.length === 0}
        loading={
          <div className="page-loading">
            <LoadingState />
          </div>
        }
      >
        {() => (
          <WaterQualityContent
            view={view!}
            setView={setView}
            stations={stations.data!}
            events={events.data!}
            transfer={transfer}
          />
        )}
      </QueryView>
    </div>
  );
}

interface ContentProps {
  view: WaterQualityView;
  setView: (view: WaterQualityView) => void;
  stations: readonly Station[];
  events: readonly TransferEvent[];
  transfer: TransferEvent | null;
}

function WaterQualityContent({ view, setView, stations, events, transfer }: ContentProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const series = useSeries(viewSeriesParams(view));
  // The statistics read every 4-hourly reading (≈ 700 kB of JSON, built on the main thread by the mock): they wait
  // until the charts have their data and the browser is idle, so that the charts come first.
  const chartsSettled = useIdleAfter(series.isFetched || series.isError);
  const readings = useSeries(STATISTICS_SERIES_PARAMS, { enabled: chartsSettled });

  const chosen = useMemo(() => stations.filter((s) => view.stationIds.includes(s.id)), [stations, view.stationIds]);
  const statistics = useMemo(
    () => (readings.data && transfer ? computeStatistics(readings.data, chosen, transfer) : null),
    [readings.data, chosen, transfer],
  );
  const bounds = readings.data ? { from: readings.data.from, to: readings.data.to } : null;
  const rivers = chosen.filter((s) => !isClassified('tn', s.kind));

  return (
    <>
      <TransferSummary events={events} language={language} />
      <ViewControls
        view={view}
        onChange={setView}
        stations={stations}
        transfer={transfer}
        shown={series.data ? { from: series.data.from, to: series.data.to } : null}
        bounds={bounds}
        actions={
          <>
            {series.data && (
              <p className="view-summary" role="status">
                {t('waterQuality.showing', {
                  from: series.data.from,
                  to: series.data.to,
                  interval: t(`waterQuality.intervals.${series.data.interval}`),
                  count: chosen.length,
                })}
              </p>
            )}
            <CsvExport series={series.data} chosen={chosen} language={language} />
          </>
        }
      />

      <div className="water-quality-layout">
        <div className="trend-column">
          {(['nh3n', 'tn'] as const).map((indicator) => (
            <TrendPanel
              key={indicator}
              indicator={indicator}
              stations={stations}
              chosen={chosen}
              series={series.data}
              events={events}
              queries={[series]}
            />
          ))}
          <p className="chart-note">
            {t('waterQuality.zoomHint')}
            {rivers.length > 0 &&
              ` ${t('waterQuality.tnNotClassified', { stations: rivers.map((s) => s.name[language]).join('、') })}`}
          </p>
        </div>

        <Panel className="effect-panel" title={t('waterQuality.effectTitle')}>
          <QueryView
            queries={[readings]}
            isEmpty={() => !statistics || statistics.length === 0}
            empty={transfer ? undefined : t('waterQuality.noTransfer')}
          >
            {() => (
              <>
                {/* Focusable, so that a keyboard can scroll it where the table is wider than the panel. */}
                <div className="table-scroll" tabIndex={0} role="region" aria-label={t('waterQuality.effectTable')}>
                  <EffectTable rows={statistics ?? []} />
                </div>
                <p className="panel-note">{t('waterQuality.effectNote')}</p>
              </>
            )}
          </QueryView>
        </Panel>
      </div>

      <Panel className="statistics-panel" title={t('waterQuality.statsTitle')}>
        <QueryView
          queries={[readings]}
          isEmpty={() => !statistics || statistics.length === 0}
          empty={transfer ? undefined : t('waterQuality.noTransfer')}
        >
          {() =>
            transfer &&
            bounds && (
              <>
                <div
                  className="statistics-tables"
                  tabIndex={0}
                  role="region"
                  aria-label={t('waterQuality.statsTables')}
                >
                  {(['nh3n', 'tn'] as const).map((indicator) => (
                    <StatisticsTable
                      key={indicator}
                      indicator={indicator}
                      rows={(statistics ?? []).filter((row) => row.indicator === indicator)}
                      periodDates={periodDates(transfer, bounds.to)}
                    />
                  ))}
                </div>
                <p className="panel-note">{t('waterQuality.statsNote')}</p>
              </>
            )
          }
        </QueryView>
      </Panel>
    </>
  );
}

/** "2023-09-10 – 2023-10-09" for each period around the transfer; "after" runs to the end of the data. */
function periodDates(transfer: Pick<TransferEvent, 'start' | 'end'>, dataTo: string) {
  const dates = (preset: 'before' | 'during' | 'after') => {
    const range = presetRange(preset, transfer);
    return range ? `${range.from ?? ''} – ${range.to ?? dataTo}` : '—';
  };
  return { before: dates('before'), during: dates('during'), after: dates('after') };
}
