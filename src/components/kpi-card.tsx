import type { ReactNode } from 'react';

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
      <dt className="kpi-label">{label}</dt>
      <dd className="kpi-value">
        {value === null ? (
          <span className="kpi-placeholder" aria-hidden="true">
            —
          </span>
        ) : (
          <span className="kpi-number">{value}</span>
        )}
        {value !== null && unit && <span className="kpi-unit">{unit}</span>}
        {value !== null && badge}
      </dd>
      {detail && <dd className="kpi-detail">{detail}</dd>}
    </div>
  );
}
