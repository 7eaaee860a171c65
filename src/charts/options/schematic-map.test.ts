import { describe, expect, it } from 'vitest';
import type { MapGeometry } from '../../api/map';
import { deskTheme } from '../theme';
import { buildSchematicMapOption, lakeGeoJson, type SchematicMapInput } from './schematic-map';

const name = (zh: string) => ({ zh, en: zh });
const geometry: MapGeometry = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { id: 'lake', kind: 'lake', name: name('湖'), note: name('示意') },
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
      type: 'Feature',
      properties: { id: 'in', kind: 'inflow', name: name('来水'), note: name('示意') },
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
    { name: '<img src=x onerror=alert(1)>', kind: 'lake', lon: 119.82, lat: 31.6, value: 0.4, waterClass: 'II' },
    { name: '入口', kind: 'inflow', lon: 119.8, lat: 31.62, value: null, waterClass: null },
  ],
  towns: [
    { name: '甲镇', lon: 119.9, lat: 31.6, villages: 100, completed: 40, shareOfPlan: 0.94 },
    { name: '乙镇', lon: 119.7, lat: 31.7, villages: 25, completed: 20, shareOfPlan: 0.95 },
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

  it('marks towns below 95 % of plan, and sizes them by villages', () => {
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
});
