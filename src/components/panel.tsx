import { useEffect, useId, useRef, type CSSProperties, type ReactNode } from 'react';
import { loadCharts } from '../charts/chart-loader';
import type { OptionExtension } from '../charts/registry';
import { useNearViewport } from '../charts/use-near-viewport';
import { PanelErrorBoundary } from './panel-error-boundary';

interface PanelProps {
  title: ReactNode;
  /** Links or buttons shown beside the title. */
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  /**
   * The panel draws charts (with these ECharts extensions): their code starts loading when the panel nears the
   * screen, while its data is still on the way, rather than once the data is in.
   */
  charts?: readonly OptionExtension[];
  /**
   * The height its charts draw at, in CSS pixels: set once here as `--chart-height`, which the charts inside draw at
   * (`Chart`'s default height) and the sheets reserve the panel's height by while its data loads.
   */
  chartHeight?: number;
}

/** A titled card; a render error inside it is caught here and breaks only this panel. */
export function Panel({ title, actions, children, className, charts, chartHeight }: PanelProps) {
  const headingId = useId();
  const section = useRef<HTMLElement>(null);
  const near = useNearViewport(section, charts !== undefined);
  useEffect(() => {
    if (near && charts) void loadCharts(charts);
  }, [near, charts]);
  return (
    <section
      ref={section}
      className={`panel ${className ?? ''}`}
      aria-labelledby={headingId}
      style={{ '--chart-height': chartHeight && `${chartHeight}px` } as CSSProperties}
    >
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
