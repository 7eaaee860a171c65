import { describe, expect, it } from 'vitest';

import { deskTheme } from '../theme';
import {
  type MapShapes,
  buildSchematicMapOption,
  clipSegment,
  labelSide,
  lakeGeoJson,
  type MapStation,
  type SchematicMapInput,
} from './schematic-map';
import { extensionsFor } from '../extensions';
import { CHARTS } from '../registry';

const name = (zh: string) => ({ zh, en: zh });
const geometry: MapShapes = {
  features: [
    {
      properties: { id: 'lake', kind: 'lake', name: name('湖') },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [119.8, 31.5],
            [119.85, 31.5],
            [119.85, 31.7],
            [119.8, 31.5],
          ],
        ],
      },
    },
    {
      properties: { id: 'in', kind: 'inflow', name: name('来水') },
      geometry: {
        type: 'LineString',
        coordinates: [
          [119.7, 31.6],
          [119.75, 31.61],
          [119.8, 31.62],
        ],
      },
    },
  ],
};
const input: SchematicMapInput = {
  mapName: 'test',
  geometry,
  stations: [
    {
      id: 'a',
      name: '<img src=x onerror=alert(1)>',
      kind: 'lake',
      lon: 119.82,
      lat: 31.6,
      value: 0.4,
      waterClass: 'II',
    },
    { id: 'b', name: '入口', kind: 'inflow', lon: 119.8, lat: 31.62, value: null, waterClass: null },
  ],
  towns: [
    { id: 'x', name: '甲镇', lon: 119.9, lat: 31.6, villages: 100, completed: 40, shareOfPlan: 0.94, behind: true },
    { id: 'y', name: '乙镇', lon: 119.7, lat: 31.7, villages: 25, completed: 20, shareOfPlan: 1, behind: false },
  ],
  transfer: { name: '调水', flowing: true },
  animate: true,
};

type Series = { id: string; data: Record<string, unknown>[]; effect?: { show: boolean } };
const series = (option: ReturnType<typeof buildSchematicMapOption>, id: string) =>
  ([option.series].flat() as unknown as Series[]).find((s) => s.id === id)!;

describe('buildSchematicMapOption', () => {
  it('keeps the lake in shape: longitude scaled by the cosine of the latitude', () => {
    const geo = [buildSchematicMapOption(input, deskTheme, 'zh').geo].flat()[0] as { aspectScale: number };
    expect(geo.aspectScale).toBeCloseTo(Math.cos((31.6 * Math.PI) / 180), 3);
  });

  it('colours stations by their class and names the class beside the name', () => {
    const stations = series(buildSchematicMapOption(input, deskTheme, 'zh'), 'stations').data;
    expect(stations.map((s) => (s.itemStyle as { color: string }).color)).toEqual([
      deskTheme.waterClass.II,
      deskTheme.waterClass.none,
    ]);
    const label = stations[1]!.label as { formatter: () => string };
    expect(label.formatter()).toBe('入口 · —');
  });

  it('marks the towns served as behind plan with a triangle, and sizes them by villages', () => {
    const towns = series(buildSchematicMapOption(input, deskTheme, 'en'), 'towns').data;
    expect(towns.map((t) => t.symbol)).toEqual(['triangle', 'circle']);
    expect(towns[0]!.symbolSize as number).toBeGreaterThan(towns[1]!.symbolSize as number);
    expect((towns[0]!.label as { formatter: () => string }).formatter()).toBe('甲镇 94.0% · behind');
  });

  it('moves the water only while the transfer runs and motion is allowed', () => {
    const effect = (i: SchematicMapInput) =>
      series(buildSchematicMapOption(i, deskTheme, 'zh'), 'rivers').effect?.show ?? false;
    expect(effect(input)).toBe(true);
    expect(effect({ ...input, animate: false })).toBe(false);
    expect(effect({ ...input, transfer: { name: '调水', flowing: false } })).toBe(false);
  });

  it('escapes names in its tooltip, and gives the rivers no tooltip at all', () => {
    const option = buildSchematicMapOption(input, deskTheme, 'zh');
    const tooltip = option.tooltip as { formatter: (p: unknown) => string };
    const html = tooltip.formatter({ seriesId: 'stations', dataIndex: 0 });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect((series(option, 'rivers') as unknown as { tooltip: { show: boolean } }).tooltip.show).toBe(false);
  });

  it('registers the lake alone, named by its id', () => {
    expect(lakeGeoJson(geometry)).toEqual({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { name: 'lake' }, geometry: geometry.features[0]!.geometry }],
    });
  });

  it('brings the focused station and town forward: larger, ringed, in bold', () => {
    const focused = buildSchematicMapOption({ ...input, focus: { station: 'a', town: 'y' } }, deskTheme, 'zh');
    const [a, b] = series(focused, 'stations').data;
    expect(a!.symbolSize as number).toBeCloseTo((b!.symbolSize as number) * 1.5);
    expect((a!.itemStyle as { borderColor: string }).borderColor).toBe(deskTheme.map.focus);
    expect((b!.itemStyle as { borderColor: string }).borderColor).toBe(deskTheme.map.symbolBorder);
    expect((a!.label as { fontWeight?: string }).fontWeight).toBe('bold');
    const [x, y] = series(focused, 'towns').data;
    expect((y!.itemStyle as { borderColor: string }).borderColor).toBe(deskTheme.map.focus);
    expect((x!.label as { fontWeight?: string }).fontWeight).toBeUndefined();
  });

  it('labels compactly for the wall: the class as a numeral, a town’s share only while it is focused', () => {
    const compact = { ...input, compact: true, focus: { station: null, town: 'y' } };
    const label = (option: ReturnType<typeof buildSchematicMapOption>, id: string, i: number) =>
      (series(option, id).data[i]!.label as { formatter: () => string }).formatter();
    const zh = buildSchematicMapOption(compact, deskTheme, 'zh');
    expect(label(zh, 'stations', 0)).toBe('<img src=x onerror=alert(1)> Ⅱ');
    expect(label(zh, 'towns', 0)).toBe('甲镇');
    expect(label(zh, 'towns', 1)).toBe('乙镇 100.0%');
    expect(label(buildSchematicMapOption(compact, deskTheme, 'en'), 'stations', 0)).toBe(
      '<img src=x onerror=alert(1)> II',
    );
  });

  it('says in a replay, under a station’s name, on which day of the transfer the water showed there', () => {
    const replay = {
      ...input,
      stations: [
        { ...input.stations[0]!, arrival: 3 },
        { ...input.stations[1]!, arrival: null },
      ],
    };
    const labels = (language: 'zh' | 'en') =>
      series(buildSchematicMapOption(replay, deskTheme, language), 'stations').data.map((s) =>
        (s.label as { formatter: () => string }).formatter(),
      );
    expect(labels('zh')).toEqual(['<img src=x onerror=alert(1)> · Ⅱ类\n第 3 天见效', '入口 · —']);
    expect(labels('en')[0]).toBe('<img src=x onerror=alert(1)> · Class II\nday 3');
  });

  it('frames the lake, stations and towns, and draws a longer river to the frame’s edge', () => {
    const long: MapShapes = {
      ...geometry,
      features: geometry.features.map((f) =>
        f.geometry.type === 'LineString'
          ? {
              ...f,
              geometry: {
                type: 'LineString' as const,
                coordinates: [
                  [119.0, 31.6],
                  [119.8, 31.62],
                ] as [number, number][],
              },
            }
          : f,
      ),
    };
    const option = buildSchematicMapOption({ ...input, geometry: long }, deskTheme, 'zh');
    const [[west]] = ([option.geo].flat()[0] as { boundingCoords: number[][] }).boundingCoords as [[number]];
    // The frame's west edge: the westmost town (119.7) less the 0.06° margin, not the river's source at 119.0.
    expect(west).toBeCloseTo(119.64, 6);
    const coords = (series(option, 'rivers').data[0] as { coords: number[][] }).coords;
    expect(coords[0]![0]).toBeCloseTo(119.64, 6);
    // On the line from (119.0, 31.6) to (119.8, 31.62): 0.64 / 0.8 of the way.
    expect(coords[0]![1]).toBeCloseTo(31.6 + 0.02 * (0.64 / 0.8), 6);
    expect(coords[1]).toEqual([119.8, 31.62]);
  });
});

describe('clipSegment', () => {
  const box = { west: 0, east: 10, south: 0, north: 10 };
  it('keeps a segment inside, cuts one crossing an edge, and drops one outside', () => {
    expect(clipSegment([1, 1], [9, 9], box)).toEqual([
      [1, 1],
      [9, 9],
    ]);
    expect(clipSegment([-10, 5], [5, 5], box)).toEqual([
      [0, 5],
      [5, 5],
    ]);
    expect(clipSegment([5, 5], [5, 20], box)).toEqual([
      [5, 5],
      [5, 10],
    ]);
    expect(clipSegment([-5, -5], [-1, 20], box)).toBeNull();
  });
});

describe('labelSide', () => {
  const at = (kind: MapStation['kind'], lon: number, lat: number): MapStation => ({
    id: 's',
    name: 's',
    kind,
    lon,
    lat,
    value: null,
    waterClass: null,
  });
  it('puts a name on its best side unless another symbol is there, then on the next', () => {
    expect(labelSide(at('lake', 119.83, 31.59), [[119.83, 31.59]])).toBe('right');
    // the outlet 0.05° east at about the same latitude: the lake centre's name goes left
    expect(labelSide(at('lake', 119.83, 31.59), [[119.88, 31.6]])).toBe('left');
    // a town 0.1° east is beyond a name's reach
    expect(labelSide(at('lake', 119.83, 31.59), [[119.93, 31.6]])).toBe('right');
    expect(labelSide(at('inflow', 119.79, 31.66), [[119.79, 31.64]])).toBe('left');
    // every side taken: the best one
    expect(
      labelSide(at('outflow', 119.88, 31.6), [
        [119.88, 31.62],
        [119.88, 31.58],
      ]),
    ).toBe('top');
  });

  it('draws with the extensions the registry declares', () => {
    expect(extensionsFor(buildSchematicMapOption(input, deskTheme, 'zh'))).toEqual(CHARTS.schematicMap.extensions);
  });
});
