import type { Reason } from '../domain/water-records';
import type { CSSProperties } from 'react';
import { useTranslation } from '../i18n/react';
import { formatChange, formatPoints } from '../i18n/format';
import type { StationFigures } from '../api/water-quality';
import { toneClass } from './tone';
import type { TFunction } from '../i18n/i18n';

/**
 * The served figures of a station as table cells: each shows its value as served, coloured by its served tone, or
 * says in words why it has none (the served reason), never a bare dash and never an outcome that was not measured.
 */

type Figure = 'change' | 'changeVsLastYear' | 'netOfSeasonPts' | 'lagDays';

/** Why a figure has no value, in the words every screen uses; "no data" when the summary has no row for it. */
export const reasonText = (t: TFunction, reason: Reason | null) => t(`figures.reason.${reason ?? 'baseline-empty'}`);

function MissingCell({ figures, figure }: { figures: StationFigures | null; figure: Figure }) {
  const { t } = useTranslation();
  return <td className="number muted">{reasonText(t, figures?.reasons[figure] ?? null)}</td>;
}

/** A change in % (`change` or `changeVsLastYear`). */
export function ChangeCell({
  figures,
  figure,
}: {
  figures: StationFigures | null;
  figure: 'change' | 'changeVsLastYear';
}) {
  const { i18n } = useTranslation();
  const value = figures?.[figure] ?? null;
  if (value === null) return <MissingCell figures={figures} figure={figure} />;
  return <td className={`number ${toneClass(figures!.tones[figure])}`}>{formatChange(value, i18n.language)}</td>;
}

/** Net of season, in percentage points, signed like a change; `bare` leaves the unit to the column's header. */
export function PointsCell({ figures, bare = false }: { figures: StationFigures | null; bare?: boolean }) {
  const { t, i18n } = useTranslation();
  const value = figures?.netOfSeasonPts ?? null;
  if (value === null) return <MissingCell figures={figures} figure="netOfSeasonPts" />;
  const points = formatPoints(value, i18n.language);
  return <td className="number">{bare ? points : t('figures.points', { value: points })}</td>;
}

/** The arrival lag in days, with a bar against the slowest station's when `slowest` is given. */
export function LagCell({ figures, slowest }: { figures: StationFigures | null; slowest?: number }) {
  const { t } = useTranslation();
  const lag = figures?.lagDays ?? null;
  if (lag === null) return <MissingCell figures={figures} figure="lagDays" />;
  return (
    <td className="number lag-cell">
      {slowest !== undefined && (
        <span className="lag-bar" style={{ '--share': lag / slowest } as CSSProperties} aria-hidden="true" />
      )}
      <span className="number">{t('waterQuality.lagDays', { days: lag })}</span>
    </td>
  );
}
