import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import type { ChartTheme } from '../../charts/theme';
import { QueryView } from '../../components/query-view';
import { SchematicMap, useMapSources } from './schematic-map';
import './wall-map.css';

interface WallMapProps {
  /** The station and the town the rotation brings forward (ids), or null. */
  station: string | null;
  town: string | null;
  /** The replay's day, or null: the data's as-of time. */
  replayDay: number | null;
  theme: ChartTheme;
}

/**
 * The wall's schematic map, beside the water trends: where the transfer water came in, the stations in their class
 * (in a replay, changing as the water reaches each), the towns by their plan, the rotation's station and town ringed.
 */
export function WallMap({ station, town, replayDay, theme }: WallMapProps) {
  const { t } = useTranslation();
  const { sources, queries } = useMapSources();
  const replay = replayDay !== null;
  const wall = useMemo(() => ({ focus: { station, town }, replay }), [station, town, replay]);
  return (
    <figure className="wall-map">
      <figcaption>{t('map.title')}</figcaption>
      <QueryView
        queries={queries}
        keepData
        isEmpty={() => sources!.stations.length === 0 && sources!.towns.length === 0}
      >
        {() =>
          sources && (
            <SchematicMap
              sources={sources}
              date={replayDay ?? sources.summary?.asOf ?? 0}
              height="100%"
              theme={theme}
              table={false}
              wall={wall}
            />
          )
        }
      </QueryView>
    </figure>
  );
}
