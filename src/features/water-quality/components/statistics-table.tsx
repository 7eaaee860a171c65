import type { Stats } from '../../../domain/water-records';
import { useTranslation } from '../../../i18n/react';
import type { Indicator, Station, WaterSummary } from '../../../api/water-quality';
import { formatNumber, formatShare } from '../../../i18n/format';
import { windowDates } from '../../../stories/summary-details';
import { figuresOf } from '../../../stories/water-summary';
import { ChangeCell, LagCell, PointsCell } from '../../../components/figure-cells';

const PERIODS = ['baseline', 'during', 'after'] as const;

interface StatisticsTableProps {
  indicator: Indicator;
  summary: WaterSummary;
  /** The stations shown, in the page's order. */
  stations: readonly Station[];
}

/** Mean, range and class III share per station for the windows around the transfer, with change and lag. */
export function StatisticsTable({ indicator, summary, stations }: StatisticsTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const concentration = (value: number | null) => (value === null ? '—' : formatNumber(value, language, 3));
  // A window without a mean says why: no reading in it, too few, or (after) a transfer not yet over.
  const meanCell = (stats: Stats | null, lastYear = false) =>
    stats?.mean != null ? (
      <td key="mean" className="number">
        {concentration(stats.mean)}
      </td>
    ) : (
      <td key="mean" className="number muted">
        {stats === null
          ? t('figures.notOver')
          : lastYear
            ? t(`figures.reason.last-year-${stats.coverage === 'sparse' ? 'sparse' : 'empty'}`)
            : t(`figures.coverage.${stats.coverage === 'sparse' ? 'sparse' : 'empty'}`, { count: stats.count })}
      </td>
    );
  const periodCells = (stats: Stats | null) => [
    meanCell(stats),
    <td key="range" className="number muted">
      {stats?.min == null ? '—' : `${concentration(stats.min)}–${concentration(stats.max)}`}
    </td>,
    <td key="share" className="number">
      {stats?.shareClassIIIOrBetter == null ? '—' : formatShare(stats.shareClassIIIOrBetter, language)}
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
              <span className="period-dates">{windowDates(summary.windows[period])}</span>
            </th>
          ))}
          <th scope="col" rowSpan={2}>
            {t('waterQuality.change')}
          </th>
          <th scope="colgroup" colSpan={3} className="period-head">
            {t('waterQuality.lastYearMean')}
            <span className="period-dates">{windowDates(summary.windows.lastYearDuring)}</span>
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
          <th scope="col">{t('waterQuality.mean')}</th>
          <th scope="col">{t('waterQuality.vsLastYear')}</th>
          <th scope="col">{t('waterQuality.netOfSeason')}</th>
        </tr>
      </thead>
      <tbody>
        {stations.map((station) => {
          const figures = figuresOf(summary, station.id, indicator);
          return (
            <tr key={station.id}>
              <th scope="row">{station.name[language]}</th>
              {PERIODS.map((period) => periodCells(figures?.[period] ?? null))}
              <ChangeCell figures={figures} figure="change" />
              {meanCell(figures?.lastYearDuring ?? null, true)}
              <ChangeCell figures={figures} figure="changeVsLastYear" />
              <PointsCell figures={figures} />
              <LagCell figures={figures} />
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
