import type { ReactNode } from 'react';
import { useId } from 'react';
import { PanelErrorBoundary } from './panel-error-boundary';

interface PanelProps {
  title: ReactNode;
  /** Links or buttons shown beside the title. */
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** A titled card; a render error inside it is caught here and breaks only this panel. */
export function Panel({ title, actions, children, className }: PanelProps) {
  const headingId = useId();
  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={headingId}>
      <header className="panel-header">
        <h2 id={headingId}>{title}</h2>
        {actions && <div className="panel-actions">{actions}</div>}
      </header>
      <div className="panel-body">
        <PanelErrorBoundary>{children}</PanelErrorBoundary>
      </div>
    </section>
  );
}
