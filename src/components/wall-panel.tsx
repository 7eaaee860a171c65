import type { UseQueryResult } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { useTranslation } from '../i18n/react';
import { PanelErrorBoundary } from './panel-error-boundary';

/** Some data on show failed to refresh: the wall keeps the last good data and says so. */
export const showsStaleData = (queries: readonly UseQueryResult[]) =>
  queries.some((q) => q.isError && q.data !== undefined);

interface WallPanelProps {
  title: ReactNode;
  /** What the rotation brings forward now: its name and place in the cycle ("2 / 5"). */
  focus?: { label: ReactNode; index: number; count: number } | null;
  stale?: boolean;
  className?: string;
  children: ReactNode;
}

/** A wall panel: title, the rotation's current item, a stale mark; a render error inside breaks only this panel. */
export function WallPanel({ title, focus, stale = false, className, children }: WallPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className={`wall-panel ${className ?? ''}`} aria-labelledby={headingId} data-stale={stale}>
      <header className="wall-panel-header">
        <h2 id={headingId}>{title}</h2>
        {stale && <span className="wall-stale-mark">{t('wall.stale')}</span>}
        {focus && (
          <p className="wall-focus" data-testid="wall-focus">
            <span className="wall-focus-label">{focus.label}</span>
            <span className="wall-focus-position">
              {t('wall.position', { index: focus.index + 1, count: focus.count })}
            </span>
          </p>
        )}
      </header>
      <div className="wall-panel-body">
        <PanelErrorBoundary>{children}</PanelErrorBoundary>
      </div>
    </section>
  );
}

interface WallCounterProps {
  label: ReactNode;
  value: ReactNode;
  unit?: ReactNode;
  hint?: ReactNode;
  /** Colours the value: a fall in pollution is good news. */
  tone?: 'good' | 'bad' | 'neutral';
  /** A second figure under the first, smaller but still read from the back of the room. */
  secondary?: { label: ReactNode; value: ReactNode; tone?: 'good' | 'bad' | 'neutral' };
}

/** One large figure with its label and a line of context, readable across a meeting room. */
export function WallCounter({ label, value, unit, hint, tone = 'neutral', secondary }: WallCounterProps) {
  return (
    <div className="wall-counter">
      <p className="wall-counter-label">{label}</p>
      <p className={`wall-counter-value tone-${tone}`}>
        {value}
        {unit && <span className="wall-counter-unit">{unit}</span>}
      </p>
      {secondary && (
        <p className="wall-counter-secondary">
          {secondary.label} <span className={`tone-${secondary.tone ?? 'neutral'}`}>{secondary.value}</span>
        </p>
      )}
      {hint && <p className="wall-counter-hint">{hint}</p>}
    </div>
  );
}
