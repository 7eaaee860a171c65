import { Briefing } from '../features/brief/brief-page';
import { BriefMap } from '../features/map/brief-map';

/** `/brief`: the briefing, with the map feature's section in it. */
export function BriefPage() {
  return <Briefing map={BriefMap} />;
}
