import { Link } from '@tanstack/react-router';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNearViewport } from '../../charts/use-near-viewport';
import { KeyPointsBlock } from '../brief/key-points-block';
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
      <OverviewKeyPoints />
    </div>
  );
}

/**
 * The briefing's key points, under the charts. Below the first screen on a phone, so they are asked for (the towns'
 * figures) and written only when the reader nears them.
 */
function OverviewKeyPoints() {
  const frame = useRef<HTMLDivElement>(null);
  const near = useNearViewport(frame);
  return near ? <KeyPoints /> : <div ref={frame} className="panel overview-key-points" />;
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
