import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import {
  DAILY_SERIES_PARAMS,
  transferPlacement,
  useSeries,
  type Station,
  type TransferEvent,
  type WaterSummary,
} from '../../api/water-quality';
import { Panel } from '../../components/panel';
import { LoadingState } from '../../components/query-states';
import { QueryView } from '../../components/query-view';
import { isClassified } from '../../domain/gb3838';
import { formatList } from '../../i18n/format';
import { CsvExport } from './components/csv-export';
import { EffectTable } from './components/effect-table';
import { StatisticsTable } from './components/statistics-table';
import { TransferSummary } from './components/transfer-summary';
import { TrendPanel } from './components/trend-panel';
import { ViewControls } from './components/view-controls';
import { drawnDaily } from '../../stories/trend-lines';
import { lastYearSeriesParams, viewSeriesParams, type WaterQualityView } from './lib/view';
import { useWaterQualityView } from './use-water-quality-view';

/**
 * `/water-quality`: did the transfer clean Ge Lake? Both trends with the transfer and the class limits, the change
 * and arrival per station, the statistics around the transfer, and exports. The view lives in the URL.
 *
 * Everything under the heading depends on the stations, the transfer events and the summary (the view's presets
 * are the summary's windows), so it appears at once when they are known rather than piece by piece.
 */
export function WaterQualityPage() {
  const { t } = useTranslation();
  const { view, setView, stations, events, summary, queries } = useWaterQualityView();
  return (
    <div className="water-quality-page">
      <header className="page-header">
        <h1>{t('waterQuality.heading')}</h1>
      </header>
      <QueryView
        queries={queries}
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
            summary={summary.data ?? null}
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
  /** The first event's figures; null when the dataset has no event. */
  summary: WaterSummary | null;
}

function WaterQualityContent({ view, setView, stations, events, summary }: ContentProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const series = useSeries(viewSeriesParams(view));
  // Last year's same days, for the range this year's answer covers (so after it).
  const lastYear = useSeries(series.data ? lastYearSeriesParams(view, series.data) : {}, {
    enabled: view.lastYear && series.data !== undefined,
  });
  // The dataset's whole period bounds the date fields: the daily series every trend shares answers it.
  const whole = useSeries(DAILY_SERIES_PARAMS);
  // A 4-hourly view draws the stations read daily from their daily series of the same days.
  const dailyIds = stations.filter((s) => view.stationIds.includes(s.id) && drawnDaily(s)).map((s) => s.id);
  const daily = useSeries(
    { ...viewSeriesParams(view), stations: dailyIds, interval: '1d' },
    { enabled: view.interval === '4h' && dailyIds.length > 0 },
  );
  const bounds = whole.data ? { from: whole.data.from, to: whole.data.to } : null;

  const chosen = useMemo(() => stations.filter((s) => view.stationIds.includes(s.id)), [stations, view.stationIds]);
  const rivers = chosen.filter((s) => !isClassified('tn', s.kind));
  // A transfer that holds no reading frames nothing: its tables would only say "no data" in every cell.
  const story = summary?.event.inData ? summary : null;
  const noTransfer = (
    <p className="panel-note">
      {t(
        !summary
          ? 'waterQuality.noTransfer'
          : transferPlacement(summary) === 'no-readings'
            ? 'waterQuality.noReadingsDuring'
            : 'waterQuality.noTransferInData',
      )}
    </p>
  );

  return (
    <>
      <TransferSummary events={events} language={language} />
      <ViewControls
        view={view}
        onChange={setView}
        stations={stations}
        summary={summary}
        shown={series.data ? { from: series.data.from, to: series.data.to } : null}
        bounds={bounds}
        actions={
          <>
            {/* There before the data, so that the text arriving is announced, and (on a phone) takes space kept for it. */}
            <p className="view-summary" role="status">
              {series.data &&
                t('waterQuality.showing', {
                  from: series.data.from,
                  to: series.data.to,
                  interval: t(`waterQuality.intervals.${series.data.interval}`),
                  count: chosen.length,
                })}
            </p>
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
              daily={view.interval === '4h' ? daily.data : undefined}
              lastYear={view.lastYear ? lastYear.data : undefined}
              events={events}
              queries={view.interval === '4h' && dailyIds.length > 0 ? [series, daily] : [series]}
            />
          ))}
          <p className="chart-note">
            {t('waterQuality.zoomHint')}
            {rivers.length > 0 &&
              ` ${t('waterQuality.tnNotClassified', {
                stations: formatList(
                  rivers.map((s) => s.name[language]),
                  language,
                ),
              })}`}
          </p>
        </div>

        <Panel className="effect-panel" title={t('waterQuality.effectTitle')}>
          {story ? (
            <>
              {/* Focusable, so that a keyboard can scroll it where the table is wider than the panel. */}
              <div className="table-scroll" tabIndex={0} role="region" aria-label={t('waterQuality.effectTable')}>
                <EffectTable summary={story} stations={chosen} />
              </div>
              <p className="panel-note">{t('waterQuality.effectNote')}</p>
              <p className="panel-note">{t('waterQuality.lastYearNote')}</p>
            </>
          ) : (
            noTransfer
          )}
        </Panel>
      </div>

      <Panel className="statistics-panel" title={t('waterQuality.statsTitle')}>
        {story ? (
          <>
            <div className="statistics-tables" tabIndex={0} role="region" aria-label={t('waterQuality.statsTables')}>
              {(['nh3n', 'tn'] as const).map((indicator) => (
                <StatisticsTable key={indicator} indicator={indicator} summary={story} stations={chosen} />
              ))}
            </div>
            <p className="panel-note">{t('waterQuality.statsNote')}</p>
            <p className="panel-note">{t('waterQuality.lastYearNote')}</p>
          </>
        ) : (
          noTransfer
        )}
      </Panel>
    </>
  );
}
