import { byArrival } from '../../stories/summary-details';
import { useCallback } from 'react';
import { useTranslation } from '../../i18n/react';
import { INDICATORS, type Indicator, type Station, type WaterSummary } from '../../api/water-quality';
import { BriefChart } from './brief-chart';
import { QueryView } from '../../components/query-view';
import { ChangeCell, LagCell, PointsCell } from '../../components/figure-cells';
import { figuresOf } from '../../stories/water-summary';
import { briefTrendOption } from './brief-charts';
import type { BriefData, ChartRange } from './use-brief';

const WHOLE_DATA: ChartRange = {};

/** Trend height on paper: two trends and the effect table fill one A4 page. */
const TREND_HEIGHT = 250;

/** The water story: NH3-N and TN at every station with the transfer and the class limits, and the effect per station. */
export function WaterSection({ brief }: { brief: BriefData }) {
  const { t } = useTranslation();
  const { stations, summary } = brief.keyPoints;
  return (
    <section className="brief-block" aria-labelledby="brief-water">
      <h2 id="brief-water">{t('brief.waterSection')}</h2>
      <QueryView
        queries={[stations, brief.series, brief.events, summary]}
        isEmpty={() => brief.series.data!.series.length === 0}
        empty={t('brief.noWaterData')}
      >
        {() => (
          <>
            {INDICATORS.map((indicator, i) => (
              <TrendFigure key={indicator} brief={brief} indicator={indicator} number={i + 1} />
            ))}
            {summary.data?.event.inData && <EffectTable summary={summary.data} stations={stations.data!} />}
          </>
        )}
      </QueryView>
    </section>
  );
}

function TrendFigure({ brief, indicator, number }: { brief: BriefData; indicator: Indicator; number: number }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const series = brief.series.data!;
  const stations = brief.keyPoints.stations.data!;
  const events = brief.events.data!;
  const range = brief.range ?? WHOLE_DATA;
  const build = useCallback(
    () => briefTrendOption(series, indicator, stations, events, range, language),
    [series, indicator, stations, events, range, language],
  );
  const caption = t('brief.trendCaption', {
    n: number,
    indicator: t(`indicator.${indicator}`),
    unit: t('indicator.unit'),
    from: range.from ?? series.from,
    to: range.to ?? series.to,
  });
  return (
    <figure className="brief-figure">
      <BriefChart build={build} description={caption} height={TREND_HEIGHT} empty={t('brief.noWaterData')} />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

/** Per station, in order of arrival: each indicator's change, vs last year, net of season, and its lag. */
function EffectTable({ summary, stations }: { summary: WaterSummary; stations: readonly Station[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const columns = ['change', 'vsLastYear', 'netOfSeason', 'arrival'] as const;
  return (
    <>
      <table className="brief-table brief-effect">
        <caption>{t('brief.effectTitle')}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('waterQuality.station')}
            </th>
            {INDICATORS.map((indicator) => (
              <th key={indicator} scope="colgroup" colSpan={columns.length}>
                {t(`indicator.${indicator}`)}
              </th>
            ))}
          </tr>
          <tr>
            {INDICATORS.map((indicator) =>
              columns.map((column) => (
                <th key={`${indicator}-${column}`} scope="col">
                  {t(`brief.effectColumns.${column}`)}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {byArrival(stations, summary).map((station) => (
            <tr key={station.id}>
              <th scope="row">
                {station.name[language]}
                {station.headline && t('brief.headlineMark')}
              </th>
              {INDICATORS.map((indicator) => {
                const figures = figuresOf(summary, station.id, indicator);
                return [
                  <ChangeCell key="change" figures={figures} figure="change" />,
                  <ChangeCell key="last-year" figures={figures} figure="changeVsLastYear" />,
                  <PointsCell key="net" figures={figures} bare />,
                  <LagCell key="lag" figures={figures} />,
                ];
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="brief-note">{t('brief.effectNote')}</p>
    </>
  );
}
