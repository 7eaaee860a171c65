import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { useTranslation } from '../../../i18n/react';
import { type Indicator, type SeriesResponse, type Station, type TransferEvent } from '../../../api/water-quality';
import { Chart } from '../../../charts/chart';
import type { ChartHandle } from '../../../charts/chart-types';
import { drawing } from '../../../charts/recipes';
import {
  stationTrendOption,
  TREND_GROUP,
  TREND_SLIDER_BAND,
  trendHasReadings,
} from '../../../charts/options/station-trend';
import { deskTheme } from '../../../charts/theme';
import { FONT_STACK } from '../../../styles/palette';
import { Panel } from '../../../components/panel';
import { QueryView } from '../../../components/query-view';
import type { Reading } from '../../../domain/readings';
import { DAY_MS, parseShanghaiDate, shiftCalendarYears } from '../../../domain/shanghai-time';
import { trendLines } from '../../../stories/trend-lines';
import { fileName, saveFile } from '../../../export/download';
import { useExport } from '../../../export/use-export';
import { useDataMark } from '../../../components/data-mark';
import { formatList } from '../../../i18n/format';

interface TrendPanelProps {
  indicator: Indicator;
  /** Every station, for stable line styles; the series holds only the chosen ones. */
  stations: readonly Station[];
  chosen: readonly Station[];
  series: SeriesResponse | undefined;
  /** With a 4-hourly `series`: the daily series of its days for the stations read daily (`drawnDaily`). */
  daily?: SeriesResponse;
  /** The same days a year earlier, to draw behind; undefined when not asked for (or not in yet). */
  lastYear: SeriesResponse | undefined;
  events: readonly TransferEvent[];
  queries: readonly UseQueryResult[];
}

/** One indicator over time at the chosen stations, zoom linked with the other trend, exportable as PNG. */
export function TrendPanel({ indicator, stations, chosen, series, daily, lastYear, events, queries }: TrendPanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const chart = useRef<ChartHandle>(null);
  const exporter = useExport();
  const mark = useDataMark();
  const indicatorName = t(`indicator.${indicator}`);

  // Drawn first as a snapshot (`Chart`'s `recipe`), when there is something to draw.
  const trend = useMemo(() => {
    if (!series) return null;
    const linesOf = (response: SeriesResponse, shift?: (readings: Reading[]) => Reading[]) =>
      trendLines({ response, indicator, stations, chosen, language, shift });
    const lines = trendLines({ response: series, daily, indicator, stations, chosen, language });
    const range = { from: parseShanghaiDate(series.from)!, to: parseShanghaiDate(series.to)! + DAY_MS };
    const bands = events.map((e) => ({ name: e.name[language], start: e.start, end: e.end }));
    // Last year's readings on this year's dates, so that the same calendar days line up.
    const moved = (readings: Reading[]) => readings.map(([t, v]): Reading => [shiftCalendarYears(t, 1), v]);
    const input = {
      indicator,
      interval: series.interval,
      lines,
      lastYear: lastYear ? linesOf(lastYear, moved) : [],
      bands,
      range,
    };
    return trendHasReadings(input) ? drawing('stationTrend', stationTrendOption, input, deskTheme, language) : null;
  }, [series, daily, lastYear, chosen, stations, events, indicator, language]);

  const stationNames = formatList(
    chosen.map((s) => s.name[language]),
    language,
  );
  const interval = series ? t(`waterQuality.intervals.${series.interval}`) : '';
  const exportPng = () =>
    exporter.run(async () => {
      const image = await chart.current?.toImage('#ffffff');
      if (!image || !series) return;
      const { captionedPng } = await import('../../../export/png');
      const blob = await captionedPng(image, {
        title: t('waterQuality.pngTitle', { indicator: indicatorName, unit: t('indicator.unit') }),
        subtitle: t('waterQuality.pngSubtitle', { from: series.from, to: series.to, interval, stations: stationNames }),
        footnote: `${mark?.label ?? ''} · ${mark?.note ?? ''} ${t('app.source')}`,
        fontFamily: FONT_STACK,
        trimBottom: TREND_SLIDER_BAND,
      });
      saveFile(blob, fileName(['ge-lake', indicator, series.from, series.to, series.interval], 'png'));
    });

  return (
    <Panel
      chartHeight={330}
      className="trend-panel"
      title={t('waterQuality.trendTitle', { indicator: indicatorName, unit: t('indicator.unit') })}
      actions={
        <>
          {exporter.error && (
            <span className="export-error" role="alert">
              {t('export.failed', { reason: exporter.error })}
            </span>
          )}
          <button
            type="button"
            className="button button-quiet"
            onClick={() => void exportPng()}
            disabled={!trend || exporter.busy}
            aria-label={t('waterQuality.exportPngLabel', { indicator: indicatorName })}
          >
            {exporter.busy ? t('export.busy') : t('waterQuality.exportPng')}
          </button>
        </>
      }
    >
      <QueryView queries={queries} isEmpty={() => !trend} empty={t('waterQuality.noReadings')}>
        {() =>
          trend &&
          series && (
            <Chart
              ref={chart}
              {...trend}
              group={TREND_GROUP}
              description={t('waterQuality.trendDescription', {
                indicator: indicatorName,
                stations: stationNames,
                from: series.from,
                to: series.to,
                interval,
              })}
            />
          )
        }
      </QueryView>
    </Panel>
  );
}
