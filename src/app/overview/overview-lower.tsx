import { useRef, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/react';
import { useNearViewport } from '../../charts/use-near-viewport';
import { KeyPointsBlock } from '../../features/brief/key-points-block';
import { useKeyPoints } from '../../features/brief/use-key-points';
import { SchematicMapPanel } from '../../features/map/schematic-map';
import { AppLink } from '../../routing/navigation';

/** The overview's row under the charts: the key points and the schematic map, each made when the reader nears it. */
export default function OverviewLower() {
  return (
    <>
      <WhenNear className="panel overview-key-points">
        <KeyPoints />
      </WhenNear>
      <WhenNear className="panel map-panel">
        <SchematicMapPanel />
      </WhenNear>
    </>
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
        <AppLink to="/brief" className="panel-link">
          {t('overview.keyPointsLink')} →
        </AppLink>
      }
    />
  );
}
