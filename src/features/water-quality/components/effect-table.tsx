import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { INDICATORS, type Station, type WaterSummary } from '../../../api/water-quality';
import { formatChange } from '../../../i18n/format';
import type { Language } from '../../../i18n/messages';
import { byArrival, figuresOf } from '../lib/summary';

/**
 * The answer in one table: per station, how much NH3-N and TN changed during the transfer and how many days the
 * transfer water took to arrive, sorted by arrival; a bar beside each lag shows it against the slowest.
 */
export function EffectTable({ summary, stations }: { summary: WaterSummary; stations: readonly Station[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const slowest = Math.max(1, ...summary.figures.map((f) => f.lagDays ?? 0));
  return (
    <table className="data-table effect-table">
      <thead>
        <tr>
          <th scope="col" rowSpan={2}>
            {t('waterQuality.station')}
          </th>
          {INDICATORS.map((indicator) => (
            <th key={indicator} scope="colgroup" colSpan={2}>
              {t(`indicator.${indicator}`)}
            </th>
          ))}
        </tr>
        <tr>
          {INDICATORS.map((indicator) => [
            <th key={`${indicator}-change`} scope="col">
              {t('waterQuality.change')}
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
              const change = figures?.change ?? null;
              const lag = figures?.lagDays ?? null;
              return [
                <td key={`${indicator}-change`} className={`number ${change !== null && change < 0 ? 'fall' : 'rise'}`}>
                  {change === null ? '—' : formatChange(change, language)}
                </td>,
                <td key={`${indicator}-lag`} className="lag-cell">
                  {lag === null ? (
                    <span className="muted">{t('waterQuality.notReached')}</span>
                  ) : (
                    <>
                      <span
                        className="lag-bar"
                        style={{ '--share': lag / slowest } as CSSProperties}
                        aria-hidden="true"
                      />
                      <span className="number">{t('waterQuality.lagDays', { days: lag })}</span>
                    </>
                  )}
                </td>,
              ];
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
