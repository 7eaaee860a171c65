import type { WaterClass } from '../../domain/gb3838';
import { formatShare, formatValue } from '../../i18n/format';
import { messagesOf } from '../../i18n/i18n';
import { fill, type Language } from '../../i18n/messages';
import type { ECOption } from '../echarts';
import { escapeHtml } from '../escape-html';
import type { ChartTheme } from '../theme';
import { px } from './common';

/** A point as [longitude, latitude]. */
export type Position = [number, number];

/** A shape the map draws: the lake's outline (a polygon) or a river (a line from its first point to its last). */
export interface MapShape {
  properties: { id: string; kind: 'lake' | 'inflow' | 'outflow'; name: Record<Language, string> };
  geometry:
    | { type: 'Polygon'; coordinates: readonly (readonly Position[])[] }
    | { type: 'LineString'; coordinates: readonly Position[] };
}

/** The lake and its rivers (the API's `/map/geometry` is one). */
export interface MapShapes {
  features: readonly MapShape[];
}

export interface MapStation {
  id: string;
  name: string;
  kind: 'lake' | 'inflow' | 'outflow';
  lon: number;
  lat: number;
  /** The latest NH3-N value and its single-factor class; null when there is none. */
  value: number | null;
  waterClass: WaterClass | null;
  /** In a replay, from the transfer's start: the days the water took to show here, or null while it has not yet. */
  arrival?: number | null;
}

type Side = 'right' | 'left' | 'top' | 'bottom';

/** The sides a station's name may go, best first: off the river it sits on, clear of the lake for the lake's. */
const LABEL_SIDES: Record<MapStation['kind'], readonly Side[]> = {
  inflow: ['bottom', 'left', 'top'],
  outflow: ['top', 'bottom'],
  lake: ['right', 'left'],
};

/** Degrees a name reaches from its symbol: sideways (a name's length) and up or down (a line and its gap). */
const LABEL_REACH = { lon: 0.07, lat: 0.02 };

/**
 * The first of a station's sides whose name would not run over another station or town (`others`), or its best side
 * when every side is taken: the lake centre's name goes left of it, away from the outlet and the town beside it.
 */
export function labelSide(station: MapStation, others: readonly Position[]): Side {
  const sides = LABEL_SIDES[station.kind];
  const clear = (side: Side) =>
    !others.some(([lon, lat]) => {
      const [dx, dy] = [lon - station.lon, lat - station.lat];
      if (dx === 0 && dy === 0) return false;
      if (side === 'right' || side === 'left') {
        return (
          Math.abs(dy) < LABEL_REACH.lat && (side === 'right' ? dx > 0 : dx < 0) && Math.abs(dx) <= LABEL_REACH.lon
        );
      }
      const up = side === 'top' ? dy > 0 : dy < 0;
      return up && Math.abs(dy) <= LABEL_REACH.lat * 1.5 && Math.abs(dx) < LABEL_REACH.lon / 2;
    });
  return sides.find(clear) ?? sides[0]!;
}

export interface MapTown {
  id: string;
  name: string;
  lon: number;
  lat: number;
  villages: number;
  completed: number;
  /** Completed villages ÷ planned to date; null without a plan. */
  shareOfPlan: number | null;
  /** The served standing is behind or well behind plan (DESIGN §3 v3 "verdicts"): drawn as a triangle. */
  behind: boolean;
}

export interface SchematicMapInput {
  /** The name the geometry is registered under (`Chart`'s `geoMap`). */
  mapName: string;
  geometry: MapShapes;
  stations: readonly MapStation[];
  towns: readonly MapTown[];
  /** The transfer the inflow is labelled with; `flowing` while the date shown lies inside it. Null: no transfer. */
  transfer: { name: string; flowing: boolean } | null;
  /** Whether the flowing water may move (the page is visible and the reader has not asked for reduced motion). */
  animate: boolean;
  /** The station and the town brought forward (the wall's rotation): drawn larger, ringed and in bold. */
  focus?: { station: string | null; town: string | null };
  /** Short labels for a small map read from afar (the wall): the class as a numeral, behind said by the triangle. */
  compact?: boolean;
}

/** How much larger the rotation's station and town are drawn than the others. */
const FOCUS_SCALE = 1.5;

/** Degrees of margin around everything drawn: wider east–west, where the labels run out sideways. */
const MARGIN = { lon: 0.06, lat: 0.025 };

/** The view's latitude, for the cos(latitude) longitude scale that keeps the lake's shape (≈ 0.85 at 31.6° N). */
function midLatitude(positions: readonly Position[]): number {
  const lats = positions.map(([, lat]) => lat);
  return (Math.min(...lats) + Math.max(...lats)) / 2;
}

/** The lake's outline: with the stations and towns, what the view is framed around (the rivers run to its edge). */
function lakePositions(geometry: MapShapes): Position[] {
  return geometry.features.flatMap((f) => (f.geometry.type === 'Polygon' ? f.geometry.coordinates.flat() : []));
}

interface Box {
  west: number;
  east: number;
  south: number;
  north: number;
}

/**
 * The part of the straight segment from `a` to `b` inside `box` (Liang–Barsky), or null when it lies outside: a river
 * longer than the view is drawn to the view's edge rather than widening the view and shrinking the lake.
 */
export function clipSegment(a: Position, b: Position, box: Box): [Position, Position] | null {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  let [enter, leave] = [0, 1];
  const edges: [number, number][] = [
    [-dx, a[0] - box.west],
    [dx, box.east - a[0]],
    [-dy, a[1] - box.south],
    [dy, box.north - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
    } else if (p < 0) enter = Math.max(enter, q / p);
    else leave = Math.min(leave, q / p);
  }
  if (enter > leave) return null;
  const at = (k: number): Position => [a[0] + k * dx, a[1] + k * dy];
  return [at(enter), at(leave)];
}

/**
 * The GeoJSON to register for the `geo` component: the lake alone, named by its id (ECharts reads `properties.name`
 * as a region's name, and draws only shapes; the rivers are the lines series').
 */
export function lakeGeoJson(geometry: MapShapes): object {
  return {
    type: 'FeatureCollection',
    features: geometry.features
      .filter((f) => f.geometry.type === 'Polygon')
      .map((f) => ({ type: 'Feature', properties: { name: f.properties.id }, geometry: f.geometry })),
  };
}

/** What the map shows (DESIGN §9): the lake, where its water comes in and goes out, the stations and the towns. */
export function buildSchematicMapOption(input: SchematicMapInput, theme: ChartTheme, language: Language): ECOption {
  const m = messagesOf(language);
  const placed: Position[] = [
    ...input.stations.map((s): Position => [s.lon, s.lat]),
    ...input.towns.map((t): Position => [t.lon, t.lat]),
  ];
  const framed = [...lakePositions(input.geometry), ...placed];
  const lons = framed.map(([lon]) => lon);
  const lats = framed.map(([, lat]) => lat);
  const box: Box = {
    west: Math.min(...lons) - MARGIN.lon,
    east: Math.max(...lons) + MARGIN.lon,
    south: Math.min(...lats) - MARGIN.lat,
    north: Math.max(...lats) + MARGIN.lat,
  };
  const cosLat = Math.cos((midLatitude(framed) * Math.PI) / 180);
  const biggest = Math.max(1, ...input.towns.map((t) => t.villages));
  const townSize = (villages: number) => px(theme, 10 + 18 * Math.sqrt(villages / biggest));
  const behind = (town: MapTown) => town.behind;
  const classLabel = (waterClass: WaterClass | null) => m.waterClass[waterClass ?? 'none'];
  // From its first point to its last, to the view's edge: a schematic river is its direction (the arrow at its end).
  const rivers = input.geometry.features.flatMap((f) => {
    if (f.geometry.type !== 'LineString') return [];
    const coords = clipSegment(f.geometry.coordinates[0]!, f.geometry.coordinates.at(-1)!, box);
    return coords ? [{ feature: f, coords }] : [];
  });
  const flowing = input.transfer?.flowing === true;
  const text = { fontFamily: theme.fontFamily, fontSize: theme.fontSize, color: theme.text };
  const halo = { textBorderColor: theme.tooltipBackground, textBorderWidth: px(theme, 3) };
  const focused = {
    station: (s: MapStation) => s.id === input.focus?.station,
    town: (t: MapTown) => t.id === input.focus?.town,
  };
  const ring = (focus: boolean, width: number) =>
    focus
      ? { borderColor: theme.map.focus, borderWidth: px(theme, 3.5) }
      : { borderColor: theme.map.symbolBorder, borderWidth: px(theme, width) };
  const focusText = { fontWeight: 'bold' as const, color: theme.map.focus };
  const stationLabel = (s: MapStation) => {
    const waterClass = input.compact ? m.map.classNumeral[s.waterClass ?? 'none'] : classLabel(s.waterClass);
    // In a replay, a second line once the water has shown here (its colour changes then too).
    const arrival = s.arrival == null ? '' : `\n${fill(m.map.reached, { days: s.arrival })}`;
    return `${s.name} ${input.compact ? '' : '· '}${waterClass}${arrival}`;
  };
  // Compact (the wall): a town's name alone, its share only while the rotation brings it forward; the triangle says
  // "behind" and the bars beside the map give every town's figures.
  const townLabel = (t: MapTown) => {
    const share =
      t.shareOfPlan === null || (input.compact && !focused.town(t)) ? '' : formatShare(t.shareOfPlan, language);
    return [`${t.name} ${share}`.trim(), behind(t) && !input.compact ? m.map.behind : ''].filter(Boolean).join(' · ');
  };

  return {
    animation: flowing && input.animate,
    textStyle: text,
    tooltip: {
      trigger: 'item',
      backgroundColor: theme.tooltipBackground,
      textStyle: { color: theme.text, fontSize: px(theme, 14) },
      // Names come from the API (or an imported file): escaped, as every tooltip's.
      formatter: (raw: unknown) => {
        const { seriesId, dataIndex } = raw as { seriesId: string; dataIndex: number };
        if (seriesId === 'stations') {
          const s = input.stations[dataIndex]!;
          const value = s.value === null ? '—' : `${formatValue(s.value, language)} ${m.indicator.unit}`;
          return `${escapeHtml(s.name)}<br>${m.indicator.nh3n}: <b>${value}</b> · ${classLabel(s.waterClass)}`;
        }
        if (seriesId === 'towns') {
          const t = input.towns[dataIndex]!;
          const share = t.shareOfPlan === null ? m.map.noPlan : formatShare(t.shareOfPlan, language);
          return `${escapeHtml(t.name)}<br>${fill(m.map.townTooltip, { completed: t.completed, villages: t.villages })}<br>${m.map.shareOfPlan}: <b>${share}</b>`;
        }
        return '';
      },
    },
    geo: {
      map: input.mapName,
      roam: false,
      silent: true,
      aspectScale: cosLat,
      boundingCoords: [
        [box.west, box.north],
        [box.east, box.south],
      ],
      // As large as the panel allows at the lake's own proportions, centred: a box given on all four sides alone
      // would stretch the lake to the panel's shape.
      top: px(theme, 8),
      bottom: px(theme, 8),
      left: px(theme, 8),
      right: px(theme, 8),
      preserveAspect: 'contain',
      itemStyle: { areaColor: theme.map.water, borderColor: theme.map.shore, borderWidth: px(theme, 1.5) },
      label: { show: false },
    },
    series: [
      {
        type: 'lines',
        id: 'rivers',
        coordinateSystem: 'geo',
        silent: true,
        // No tooltip on a lines series (an ECharts advisory of 2026 concerned lines tooltips with unescaped HTML).
        tooltip: { show: false },
        z: 2,
        symbol: ['none', 'arrow'],
        symbolSize: px(theme, 12),
        lineStyle: { color: theme.map.river, width: px(theme, 3), opacity: 0.9 },
        // Arrows moving down the river while the water flows (no trail: ECharts draws one on a canvas of its own).
        ...(flowing && input.animate
          ? {
              effect: {
                show: true,
                period: 3,
                trailLength: 0,
                symbol: 'arrow',
                symbolSize: px(theme, 9),
                color: theme.map.river,
              },
            }
          : {}),
        label: {
          show: true,
          formatter: '{b}',
          ...text,
          fontSize: theme.fontSize * 0.9,
          color: theme.map.river,
          ...halo,
        },
        data: rivers.map(({ feature: f, coords }) => ({
          // The inflow's label at its upstream end; the outflow's at its end, where it leaves.
          label: { position: f.properties.kind === 'inflow' ? ('insideStartTop' as const) : ('end' as const) },
          // The transfer is named under the map with its dates; on the river too while its water flows, but for the
          // wall's small map, where the moving arrows say it.
          name:
            f.properties.kind === 'inflow' && flowing && input.transfer && !input.compact
              ? `${f.properties.name[language]}\n${fill(m.map.flowing, { event: input.transfer.name })}`
              : f.properties.name[language],
          coords,
        })),
      },
      {
        type: 'scatter',
        id: 'towns',
        coordinateSystem: 'geo',
        z: 3,
        labelLayout: { moveOverlap: 'shiftY' },
        data: input.towns.map((t) => ({
          name: t.name,
          value: [t.lon, t.lat],
          symbol: behind(t) ? 'triangle' : 'circle',
          symbolSize: townSize(t.villages) * (focused.town(t) ? FOCUS_SCALE : 1),
          itemStyle: {
            color: behind(t) ? theme.map.townBehind : theme.map.townOnPlan,
            opacity: 0.85,
            ...ring(focused.town(t), 1),
          },
          label: {
            show: true,
            position: 'bottom',
            ...text,
            ...halo,
            ...(focused.town(t) ? focusText : {}),
            formatter: () => townLabel(t),
          },
        })),
      },
      {
        type: 'scatter',
        id: 'stations',
        coordinateSystem: 'geo',
        z: 4,
        labelLayout: { moveOverlap: 'shiftY' },
        symbol: 'circle',
        data: input.stations.map((s) => ({
          name: s.name,
          value: [s.lon, s.lat],
          symbolSize: px(theme, 15) * (focused.station(s) ? FOCUS_SCALE : 1),
          itemStyle: { color: theme.waterClass[s.waterClass ?? 'none'], ...ring(focused.station(s), 1.5) },
          label: {
            show: true,
            position: labelSide(s, placed),
            ...text,
            ...halo,
            ...(focused.station(s) ? focusText : {}),
            formatter: () => stationLabel(s),
          },
        })),
      },
    ],
  };
}
