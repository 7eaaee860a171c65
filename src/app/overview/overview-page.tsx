import { Link } from '@tanstack/react-router';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNearViewport } from '../../charts/use-near-viewport';
import { KeyPointsBlock } from '../brief/key-points-block';
import { SchematicMapPanel } from '../map/schematic-map';
import { useKeyPoints } from '../brief/use-key-points';
import { ProgressPanel } from '../../features/sewers/components/progress-panel';
import { SewerKpis } from '../../features/sewers/components/sewer-kpis';
import { HeadlineKpis } from '../../features/water-quality/components/headline-kpis';
import { HeadlineTrendPanel } from '../../features/water-quality/components/headline-trend-panel';
import { useHeadline } from '../../features/water-quality/use-headline';

/** `/`: both stories at a glance. Water and sewers are separate features; this page only places them side by side. */
export function OverviewPage() {
  const { t } = useTranslation();
  const water = useHeadline();
  return (
    <div className="overview">
      <h1 className="visually-hidden">{t('overview.heading')}</h1>
      <div className="kpi-strip">
        <HeadlineKpis data={water} />
        <SewerKpis />
      </div>
      <div className="overview-charts">
        <HeadlineTrendPanel data={water} />
        <ProgressPanel />
      </div>
      <div className="overview-lower">
        <WhenNear className="panel overview-key-points">
          <KeyPoints />
        </WhenNear>
        <WhenNear className="panel map-panel">
          <SchematicMapPanel />
        </WhenNear>
      </div>
    </div>
  );
}

/**
 * What sits under the charts (the key points, the map): below the first screen on a phone, so their data is asked for
 * and their content made only when the reader nears them; until then an empty frame in their place.
 */
function WhenNear({ children, className }: { children: ReactNode; className: string }) {
  const frame = useRef<HTMLDivElement>(null);
  const near = useNearViewport(frame);
  return near ? children : <div ref={frame} className={className} />;
}

function KeyPoints() {
  const { t } = useTranslation();
  return (
    <KeyPointsBlock
      data={useKeyPoints()}
      title={t('brief.overviewKeyPoints')}
      className="panel overview-key-points"
      footer={
        <Link to="/brief" className="panel-link">
          {t('overview.keyPointsLink')} →
        </Link>
      }
    />
  );
}
