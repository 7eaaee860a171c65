import type { MapGeometry, Position } from '../../api/map';
import type { WaterClass } from '../../domain/gb3838';
import { formatShare, formatValue } from '../../i18n/format';
import { catalogues } from '../../i18n/i18n';
import { fill, type Language } from '../../i18n/messages';
import type { ECOption } from '../echarts';
import { escapeHtml } from '../escape-html';
import type { ChartTheme } from '../theme';
import { px } from './common';

export interface MapStation {
  name: string;
  kind: 'lake' | 'inflow' | 'outflow';
  lon: number;
  lat: number;
  /** The latest NH3-N value and its single-factor class; null when there is none. */
  value: number | null;
  waterClass: WaterClass | null;
}

/** Where a station's name goes: away from the river it sits on, and from the towns beside the outlet. */
const LABEL_SIDE = { inflow: 'left', outflow: 'top', lake: 'right' } as const;

export interface MapTown {
  name: string;
  lon: number;
  lat: number;
  villages: number;
  completed: number;
  /** Completed villages ÷ planned to date; null without a plan. */
  shareOfPlan: number | null;
}

export interface SchematicMapInput {
  /** The name the geometry is registered under (`Chart`'s `geoMap`). */
  mapName: string;
  geometry: MapGeometry;
  stations: readonly MapStation[];
  towns: readonly MapTown[];
  /** The transfer the inflow is labelled with; `flowing` while the date shown lies inside it. Null: no transfer. */
  transfer: { name: string; flowing: boolean } | null;
  /** Whether the flowing water may move (the page is visible and the reader has not asked for reduced motion). */
  animate: boolean;
}

/** Below this share of its plan a town is marked as behind (DESIGN §9). */
export const BEHIND_PLAN = 0.95;

/** Degrees of margin around everything drawn: wider east–west, where the labels run out sideways. */
const MARGIN = { lon: 0.06, lat: 0.025 };

/** The view's latitude, for the cos(latitude) longitude scale that keeps the lake's shape (≈ 0.85 at 31.6° N). */
function midLatitude(positions: readonly Position[]): number {
  const lats = positions.map(([, lat]) => lat);
  return (Math.min(...lats) + Math.max(...lats)) / 2;
}

function featurePositions(geometry: MapGeometry): Position[] {
  return geometry.features.flatMap((f) =>
    f.geometry.type === 'Polygon' ? f.geometry.coordinates.flat() : f.geometry.coordinates,
  );
}

/**
 * The GeoJSON to register for the `geo` component: the lake alone, named by its id (ECharts reads `properties.name`
 * as a region's name, and draws only shapes; the rivers are the lines series').
 */
export function lakeGeoJson(geometry: MapGeometry): object {
  return {
    type: 'FeatureCollection',
    features: geometry.features
      .filter((f) => f.geometry.type === 'Polygon')
      .map((f) => ({ type: 'Feature', properties: { name: f.properties.id }, geometry: f.geometry })),
  };
}

/** What the map shows (DESIGN §9): the lake, where its water comes in and goes out, the stations and the towns. */
export function buildSchematicMapOption(input: SchematicMapInput, theme: ChartTheme, language: Language): ECOption {
  const m = catalogues[language];
  const everything: Position[] = [
    ...featurePositions(input.geometry),
    ...input.stations.map((s): Position => [s.lon, s.lat]),
    ...input.towns.map((t): Position => [t.lon, t.lat]),
  ];
  const lons = everything.map(([lon]) => lon);
  const lats = everything.map(([, lat]) => lat);
  const cosLat = Math.cos((midLatitude(everything) * Math.PI) / 180);
  const biggest = Math.max(1, ...input.towns.map((t) => t.villages));
  const townSize = (villages: number) => px(theme, 10 + 18 * Math.sqrt(villages / biggest));
  const behind = (town: MapTown) => town.shareOfPlan !== null && town.shareOfPlan < BEHIND_PLAN;
  const classLabel = (waterClass: WaterClass | null) => m.waterClass[waterClass ?? 'none'];
  const rivers = input.geometry.features.filter((f) => f.geometry.type === 'LineString');
  const flowing = input.transfer?.flowing === true;
  const text = { fontFamily: theme.fontFamily, fontSize: theme.fontSize, color: theme.text };
  const halo = { textBorderColor: theme.tooltipBackground, textBorderWidth: px(theme, 3) };

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
        [Math.min(...lons) - MARGIN.lon, Math.max(...lats) + MARGIN.lat],
        [Math.max(...lons) + MARGIN.lon, Math.min(...lats) - MARGIN.lat],
      ],
      // The full height, centred, its width from the aspect: a box given on all four sides would stretch the lake to
      // the panel's shape. For the desk's and the paper's wide panels; a tall narrow one would need the width instead.
      top: px(theme, 8),
      bottom: px(theme, 8),
      left: 'center',
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
        data: rivers.map((f) => ({
          // The inflow's label at its upstream end; the outflow's at its end, where it leaves.
          label: { position: f.properties.kind === 'inflow' ? ('insideStartTop' as const) : ('end' as const) },
          // The transfer is named under the map with its dates; on the river only while its water flows.
          name:
            f.properties.kind === 'inflow' && flowing && input.transfer
              ? `${f.properties.name[language]}\n${fill(m.map.flowing, { event: input.transfer.name })}`
              : f.properties.name[language],
          // From its first point to its last: a schematic river is its direction (the arrow at its end).
          coords: [f.geometry.coordinates[0]!, f.geometry.coordinates.at(-1)!] as Position[],
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
          symbolSize: townSize(t.villages),
          itemStyle: {
            color: behind(t) ? theme.map.townBehind : theme.map.townOnPlan,
            opacity: 0.85,
            borderColor: theme.map.symbolBorder,
            borderWidth: px(theme, 1),
          },
          label: {
            show: true,
            position: 'bottom',
            ...text,
            ...halo,
            formatter: () =>
              `${t.name} ${t.shareOfPlan === null ? '' : formatShare(t.shareOfPlan, language)}${behind(t) ? ` · ${m.map.behind}` : ''}`,
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
          symbolSize: px(theme, 15),
          itemStyle: {
            color: theme.waterClass[s.waterClass ?? 'none'],
            borderColor: theme.map.symbolBorder,
            borderWidth: px(theme, 1.5),
          },
          label: {
            show: true,
            position: LABEL_SIDE[s.kind],
            ...text,
            ...halo,
            formatter: () => `${s.name} · ${classLabel(s.waterClass)}`,
          },
        })),
      },
    ],
  };
}
