import { byArrival } from '../../../stories/summary-details';
import { useTranslation } from '../../../i18n/react';
import { INDICATORS, type Station, type WaterSummary } from '../../../api/water-quality';
import { figuresOf } from '../../../stories/water-summary';
import { ChangeCell, LagCell } from '../../../components/figure-cells';

/**
 * The answer in one table: per station, how much NH3-N and TN changed during the transfer and how many days the
 * transfer water took to arrive, sorted by arrival; a bar beside each lag shows it against the slowest.
 */
export function EffectTable({ summary, stations }: { summary: WaterSummary; stations: readonly Station[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const slowest = Math.max(1, ...summary.figures.map((f) => f.lagDays ?? 0));
  return (
    <table className="data-table effect-table">
      <thead>
        <tr>
          <th scope="col" rowSpan={2}>
            {t('waterQuality.station')}
          </th>
          {INDICATORS.map((indicator) => (
            <th key={indicator} scope="colgroup" colSpan={3}>
              {t(`indicator.${indicator}`)}
            </th>
          ))}
        </tr>
        <tr>
          {INDICATORS.map((indicator) => [
            <th key={`${indicator}-change`} scope="col">
              {t('waterQuality.change')}
            </th>,
            <th key={`${indicator}-last-year`} scope="col">
              {t('waterQuality.vsLastYear')}
            </th>,
            <th key={`${indicator}-lag`} scope="col">
              {t('waterQuality.arrival')}
            </th>,
          ])}
        </tr>
      </thead>
      <tbody>
        {byArrival(stations, summary).map((station) => (
          <tr key={station.id}>
            <th scope="row">{station.name[language]}</th>
            {INDICATORS.map((indicator) => {
              const figures = figuresOf(summary, station.id, indicator);
              return [
                <ChangeCell key={`${indicator}-change`} figures={figures} figure="change" />,
                <ChangeCell key={`${indicator}-last-year`} figures={figures} figure="changeVsLastYear" />,
                <LagCell key={`${indicator}-lag`} figures={figures} slowest={slowest} />,
              ];
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
