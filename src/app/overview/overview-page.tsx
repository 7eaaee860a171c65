import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
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
  const keyPoints = useKeyPoints();
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
      <KeyPointsBlock
        data={keyPoints}
        title={t('brief.overviewKeyPoints')}
        className="panel overview-key-points"
        footer={
          <Link to="/brief" className="panel-link">
            {t('overview.keyPointsLink')}
          </Link>
        }
      />
    </div>
  );
}
