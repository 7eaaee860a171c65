import { lazy, Suspense } from 'react';
import { useTranslation } from '../../i18n/react';
import { useAfterFirstChart } from '../../charts/first-chart';
import { ProgressPanel } from '../../features/sewers/components/progress-panel';
import { SewerKpis } from '../../features/sewers/components/sewer-kpis';
import { HeadlineKpis } from '../../features/water-quality/components/headline-kpis';
import { HeadlineTrendPanel } from '../../features/water-quality/components/headline-trend-panel';

/** `/`: both stories at a glance. Water and sewers are separate features; this page only places them side by side. */
export function OverviewPage() {
  const { t } = useTranslation();
  return (
    <div className="overview">
      <h1 className="visually-hidden">{t('overview.heading')}</h1>
      <div className="kpi-strip">
        <HeadlineKpis />
        <SewerKpis />
      </div>
      <div className="overview-charts">
        <HeadlineTrendPanel />
        <ProgressPanel />
      </div>
      <div className="overview-lower">
        <LowerRow />
      </div>
    </div>
  );
}

const OverviewLower = lazy(() => import('./overview-lower'));

/**
 * The key points and the map: their code and data are asked for once the first chart has drawn, so that they do not
 * compete with it; until then (and while they load) empty frames at their height hold their place.
 */
function LowerRow() {
  const frames = (
    <>
      <div className="panel overview-key-points" />
      <div className="panel map-panel" />
    </>
  );
  return useAfterFirstChart() ? (
    <Suspense fallback={frames}>
      <OverviewLower />
    </Suspense>
  ) : (
    frames
  );
}
