import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSeries, type SeriesResponse, type Station, type TransferEvent } from '../../api/water-quality';
import { Panel } from '../../components/panel';
import { QueryView } from '../../components/query-view';
import { useIdleAfter } from '../../components/use-idle-after';
import { isClassified } from '../../domain/gb3838';
import { toShanghaiDate } from '../../domain/shanghai-time';
import { fileName, saveFile } from '../../export/download';
import { useExport } from '../../export/use-export';
import type { Language } from '../../i18n/messages';
import { EffectTable } from './components/effect-table';
import { StatisticsTable } from './components/statistics-table';
import { TrendPanel } from './components/trend-panel';
import { ViewControls } from './components/view-controls';
import { seriesTable } from './lib/series-table';
import { computeStatistics } from './lib/statistics';
import { presetRange, STATISTICS_SERIES_PARAMS, viewSeriesParams } from './lib/view';
import { useWaterQualityView } from './use-water-quality-view';

/**
 * `/water-quality`: did the transfer clean Ge Lake? Both trends with the transfer and the class limits, the change
 * and arrival per station, the statistics around the transfer, and exports. The view lives in the URL.
 */
export function WaterQualityPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { view, setView, stations, events, transfer } = useWaterQualityView();
  const series = useSeries(view ? viewSeriesParams(view) : {}, { enabled: view !== null });
  // The statistics read every 4-hourly reading (≈ 700 kB of JSON, built on the main thread by the mock): they wait
  // until the charts have their data and the browser is idle, so that the charts come first.
  const chartsSettled = useIdleAfter(series.isFetched || series.isError);
  const readings = useSeries(STATISTICS_SERIES_PARAMS, { enabled: chartsSettled });

  const chosen = useMemo(
    () => (stations.data ?? []).filter((s) => view?.stationIds.includes(s.id)),
    [stations.data, view?.stationIds],
  );
  const statistics = useMemo(
    () => (readings.data && transfer ? computeStatistics(readings.data, chosen, transfer) : null),
    [readings.data, chosen, transfer],
  );
  const bounds = readings.data ? { from: readings.data.from, to: readings.data.to } : null;
  const chartQueries = view ? [stations, events, series] : [stations, events];
  const statisticsQueries = [stations, events, readings];
  const rivers = chosen.filter((s) => !isClassified('tn', s.kind));

  return (
    <div className="water-quality-page">
      <header className="page-header">
        <h1>{t('waterQuality.heading')}</h1>
        {events.data && <TransferSummary events={events.data} language={language} />}
      </header>

      {view && stations.data && stations.data.length > 0 ? (
        <ViewControls
          view={view}
          onChange={setView}
          stations={stations.data}
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
      ) : (
        <div className="view-controls view-controls-pending" aria-hidden="true" />
      )}

      <div className="water-quality-layout">
        <div className="trend-column">
          {(['nh3n', 'tn'] as const).map((indicator) => (
            <TrendPanel
              key={indicator}
              indicator={indicator}
              stations={stations.data ?? []}
              chosen={chosen}
              series={series.data}
              events={events.data ?? []}
              queries={chartQueries}
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
            queries={statisticsQueries}
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
          queries={statisticsQueries}
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
    </div>
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

function TransferSummary({ events, language }: { events: readonly TransferEvent[]; language: Language }) {
  const { t } = useTranslation();
  if (events.length === 0) return <p className="page-lead">{t('waterQuality.noTransfer')}</p>;
  return (
    <>
      {events.map((event) => {
        const values = {
          event: event.name[language],
          source: event.source[language],
          from: toShanghaiDate(event.start),
          flow: event.flowM3s,
        };
        return (
          <p key={event.id} className="page-lead">
            {event.end === null
              ? t('waterQuality.transferRunning', values)
              : t('waterQuality.transfer', { ...values, to: toShanghaiDate(event.end - 1) })}
          </p>
        );
      })}
    </>
  );
}

function CsvExport({
  series,
  chosen,
  language,
}: {
  series: SeriesResponse | undefined;
  chosen: readonly Station[];
  language: Language;
}) {
  const { t } = useTranslation();
  const exporter = useExport();
  const exportCsv = () =>
    exporter.run(async () => {
      if (!series) return;
      const { csvBlob, toCsv } = await import('../../export/csv');
      const table = seriesTable(series, chosen, language);
      const name = fileName(['ge-lake-water-quality', series.from, series.to, series.interval], 'csv');
      saveFile(csvBlob(toCsv(table.header, table.rows)), name);
    });
  return (
    <>
      <button type="button" className="button" onClick={() => void exportCsv()} disabled={!series || exporter.busy}>
        {exporter.busy ? t('export.busy') : t('waterQuality.exportCsv')}
      </button>
      {exporter.error && (
        <span className="export-error" role="alert">
          {t('export.failed', { reason: exporter.error })}
        </span>
      )}
    </>
  );
}
