import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import { useMapGeometry } from '../../api/map';
import { useTowns } from '../../api/sewers';
import { useStations, useTransferEvents, useWaterSummary } from '../../api/water-quality';
import { Chart } from '../../charts/chart';
import { CHARTS } from '../../charts/registry';
import { CLASS_ORDER } from '../../domain/gb3838';
import { buildSchematicMapOption, lakeGeoJson, type MapStation } from '../../charts/options/schematic-map';
import { deskTheme, type ChartTheme } from '../../charts/theme';
import { Panel } from '../../components/panel';
import { QueryView } from '../../components/query-view';
import { formatList, formatShare, formatValue } from '../../i18n/format';
import { MAP_NAME, mapView, type MapSources, type MapViewOptions } from './map-input';
import { useMotionAllowed } from './use-motion-allowed';
import { AppLink } from '../../routing/navigation';
import { ColumnHeads } from '../../components/column-heads';

/** Everything the map reads, from the API: the geometry, the stations and their figures, the towns, the events. */
export function useMapSources() {
  const geometry = useMapGeometry();
  const stations = useStations();
  const summary = useWaterSummary();
  const towns = useTowns();
  const events = useTransferEvents();
  const sources = useMemo(
    (): MapSources | null =>
      geometry.data && stations.data && summary.data !== undefined && towns.data && events.data
        ? {
            geometry: geometry.data,
            stations: stations.data,
            summary: summary.data,
            towns: towns.data,
            events: events.data,
          }
        : null,
    [geometry.data, stations.data, summary.data, towns.data, events.data],
  );
  return { sources, queries: [geometry, stations, summary, towns, events] };
}

interface SchematicMapProps {
  sources: MapSources;
  /** The day shown (the replay's, or the data's as-of time): whether the transfer water flows. */
  date: number;
  height: number | string;
  theme?: ChartTheme;
  /** SVG for paper; the canvas elsewhere. */
  renderer?: 'canvas' | 'svg';
  /** The data as a table below (the desk); off on the wall and on paper. */
  table?: boolean;
  /** The wall: short labels, the rotation's station and town brought forward, and the replay's colouring. */
  wall?: { focus: MapViewOptions['focus']; replay: boolean };
}

/** The schematic map with its note, what it could not place, and its data as a table (DESIGN §9). */
export function SchematicMap({
  sources,
  date,
  height,
  theme = deskTheme,
  renderer = 'canvas',
  table = true,
  wall,
}: SchematicMapProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const motion = useMotionAllowed();
  const animate = motion && renderer === 'canvas';
  const view = useMemo(
    () =>
      mapView(sources, {
        date,
        language,
        animate,
        ...(wall && { focus: wall.focus, replay: wall.replay, compact: true }),
      }),
    [sources, date, language, animate, wall],
  );
  const option = useMemo(() => buildSchematicMapOption(view.input, theme, language), [view, theme, language]);
  const geoMap = useMemo(() => ({ name: MAP_NAME, geoJson: lakeGeoJson(sources.geometry) }), [sources.geometry]);
  const description = t('map.description', { stations: view.input.stations.length, towns: view.input.towns.length });
  const flowing = view.input.transfer?.flowing === true;
  return (
    <div className="schematic-map" data-flowing={flowing} data-animating={flowing && animate}>
      <Chart
        option={option}
        geoMap={geoMap}
        height={height}
        description={description}
        renderer={renderer}
        eager={renderer === 'svg'}
        table={false}
      />
      {wall ? (
        <>
          {view.transfer && <p className="map-legend">{view.transfer}</p>}
          <MapKey theme={theme} replay={wall.replay} />
        </>
      ) : (
        <p className="map-legend">
          {view.transfer && <>{view.transfer} · </>}
          {t('map.legendStations')} · {t('map.legendTowns')}
        </p>
      )}
      <p className="map-note">{t('map.note')}</p>
      {view.withoutLocation.length > 0 && (
        <p className="map-note">{t('map.withoutLocation', { names: formatList(view.withoutLocation, language) })}</p>
      )}
      {table ? <MapTable view={view} /> : <StationList stations={view.input.stations} />}
    </div>
  );
}

/** The wall's key, large enough to read across the room: the class colours with their numerals, the town symbols. */
function MapKey({ theme, replay }: { theme: ChartTheme; replay: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="map-key">
      <p>
        {t('map.keyStations')}
        {CLASS_ORDER.map((waterClass) => (
          <span key={waterClass} className="map-key-item">
            <span className="map-key-dot" style={{ background: theme.waterClass[waterClass] }} />
            {t(`map.classNumeral.${waterClass}`)}
          </span>
        ))}
        {replay && <span>{t('map.keyArrival')}</span>}
      </p>
      <p>
        {t('map.keyTowns')}
        <span className="map-key-item">
          <span className="map-key-dot" style={{ background: theme.map.townOnPlan }} />
          {t('map.keyOnPlan')}
        </span>
        <span className="map-key-item">
          <span className="map-key-triangle" style={{ background: theme.map.townBehind }} />
          {t('map.keyBehind')}
        </span>
      </p>
    </div>
  );
}

/** Without a table (the wall, paper): the stations' classes and arrivals, for screen readers. */
function StationList({ stations }: { stations: readonly MapStation[] }) {
  const { t } = useTranslation();
  return (
    <ul className="visually-hidden" data-testid="map-stations">
      {stations.map((s) => (
        <li
          key={s.id}
          data-station={s.id}
          data-class={s.waterClass ?? 'none'}
          data-arrival={s.arrival === undefined ? undefined : (s.arrival ?? 'not-yet')}
        >
          {s.name}: {t(`waterClass.${s.waterClass ?? 'none'}`)}
          {s.arrival !== undefined &&
            ` · ${s.arrival === null ? t('map.notReached') : t('map.reached', { days: s.arrival })}`}
        </li>
      ))}
    </ul>
  );
}

/** "View as table": the stations with their latest NH3-N and class, the towns with their villages and share of plan. */
function MapTable({ view }: { view: ReturnType<typeof mapView> }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <details className="chart-table">
      <summary>{t('map.table')}</summary>
      <div className="chart-table-scroll">
        <table className="data-table">
          <caption>{t('map.legendStations')}</caption>
          <ColumnHeads labels={[t('map.station'), t('map.latest'), t('map.class')]} />
          <tbody>
            {view.input.stations.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.name}</th>
                <td className="number">{s.value === null ? '—' : `${formatValue(s.value, language)} mg/L`}</td>
                <td>{t(`waterClass.${s.waterClass ?? 'none'}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="data-table">
          <caption>{t('map.legendTowns')}</caption>
          <ColumnHeads labels={[t('map.town'), t('map.villages'), t('map.shareOfPlan')]} />
          <tbody>
            {view.input.towns.map((town) => (
              <tr key={town.id}>
                <th scope="row">{town.name}</th>
                <td className="number">
                  {town.completed} / {town.villages}
                </td>
                <td className="number">
                  {town.shareOfPlan === null ? t('map.noPlan') : formatShare(town.shareOfPlan, language)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** The overview's map: small, at the data's as-of time, linking to the water-quality page. */
export function SchematicMapPanel() {
  const { t } = useTranslation();
  const { sources, queries } = useMapSources();
  return (
    <Panel
      charts={CHARTS.schematicMap.extensions}
      className="map-panel"
      title={t('map.title')}
      actions={
        <AppLink to="/water-quality" className="panel-link">
          {t('map.link')} →
        </AppLink>
      }
    >
      <QueryView queries={queries} isEmpty={() => sources!.stations.length === 0 && sources!.towns.length === 0}>
        {() => <SchematicMap sources={sources!} date={sources!.summary?.asOf ?? 0} height={420} />}
      </QueryView>
    </Panel>
  );
}
