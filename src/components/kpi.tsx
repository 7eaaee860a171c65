import { useId, type ReactNode } from 'react';

interface KpiGroupProps {
  title: ReactNode;
  className?: string;
  busy?: boolean;
  /** The cards, or one loading / empty / error state standing in for them. */
  children: ReactNode;
}

/** A titled row of key figures; its title says what a loading, empty or error state inside it is about. */
export function KpiGroup({ title, className, busy = false, children }: KpiGroupProps) {
  const titleId = useId();
  return (
    <section className={`kpi-group ${className ?? ''}`} aria-labelledby={titleId} aria-busy={busy}>
      <h2 id={titleId} className="kpi-group-title">
        {title}
      </h2>
      <div className="kpi-cards">{children}</div>
    </section>
  );
}

interface KpiCardProps {
  label: ReactNode;
  /** Null while loading or when there is nothing to show. */
  value: ReactNode | null;
  unit?: ReactNode;
  detail?: ReactNode;
  badge?: ReactNode;
}

/** One key figure: label, large value with unit, an optional class badge and a line of context. */
export function KpiCard({ label, value, unit, detail, badge }: KpiCardProps) {
  return (
    <div className="kpi">
      <p className="kpi-label">{label}</p>
      <p className="kpi-value">
        {value === null ? (
          <span className="kpi-placeholder" aria-hidden="true">
            —
          </span>
        ) : (
          <span className="kpi-number">{value}</span>
        )}
        {value !== null && unit && <span className="kpi-unit">{unit}</span>}
        {value !== null && badge}
      </p>
      {/* Always there, two lines high, so that a card keeps its height from loading frame to figure. */}
      <p className="kpi-detail" aria-hidden={detail ? undefined : true}>
        {detail}
      </p>
    </div>
  );
}
