import { useTranslation } from 'react-i18next';
import type { IndicatorId } from '../../../api/water-quality';
import { formatChange, formatNumber, formatShare } from '../../../i18n/format';
import type { Language } from '../../../i18n/messages';
import type { PeriodStats, StationStatistics } from '../lib/statistics';

const PERIODS = ['before', 'during', 'after'] as const;

interface StatisticsTableProps {
  indicator: IndicatorId;
  rows: readonly StationStatistics[];
  /** Each period's dates, for the column heads: "2023-09-10 – 2023-10-09". */
  periodDates: Record<(typeof PERIODS)[number], string>;
}

/** Mean, range and class III share per station for the three periods around the transfer, with change and lag. */
export function StatisticsTable({ indicator, rows, periodDates }: StatisticsTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const concentration = (value: number | null) => (value === null ? '—' : formatNumber(value, language, 3));
  const periodCells = (stats: PeriodStats, classified: boolean) => [
    <td key="mean" className="number">
      {concentration(stats.mean)}
    </td>,
    <td key="range" className="number muted">
      {stats.min === null ? '—' : `${concentration(stats.min)}–${concentration(stats.max)}`}
    </td>,
    <td key="share" className="number">
      {classified && stats.classIIIShare !== null ? formatShare(stats.classIIIShare, language) : '—'}
    </td>,
  ];
  return (
    <table className="data-table statistics-table">
      <caption>
        {t('waterQuality.statsCaption', { indicator: t(`indicator.${indicator}`), unit: t('indicator.unit') })}
      </caption>
      <thead>
        <tr>
          <th scope="col" rowSpan={2}>
            {t('waterQuality.station')}
          </th>
          {PERIODS.map((period) => (
            <th key={period} scope="colgroup" colSpan={3} className="period-head">
              {t(`waterQuality.periods.${period}`)}
              <span className="period-dates">{periodDates[period]}</span>
            </th>
          ))}
          <th scope="col" rowSpan={2}>
            {t('waterQuality.change')}
          </th>
          <th scope="col" rowSpan={2}>
            {t('waterQuality.arrival')}
          </th>
        </tr>
        <tr>
          {PERIODS.map((period) => [
            <th key={`${period}-mean`} scope="col">
              {t('waterQuality.mean')}
            </th>,
            <th key={`${period}-range`} scope="col">
              {t('waterQuality.range')}
            </th>,
            <th key={`${period}-share`} scope="col">
              {t('waterQuality.classIII')}
            </th>,
          ])}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.station.id}>
            <th scope="row">{row.station.name[language]}</th>
            {PERIODS.map((period) => periodCells(row[period], row.classified))}
            <td className={`number ${row.change !== null && row.change < 0 ? 'fall' : 'rise'}`}>
              {row.change === null ? '—' : formatChange(row.change, language)}
            </td>
            <td className="number">
              {row.lag === null ? t('waterQuality.notReached') : t('waterQuality.lagDays', { days: row.lag })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
