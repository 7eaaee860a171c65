import type { LocalName } from '../../src/domain/dataset';

/**
 * The schematic map's geometry (DESIGN §9), served as `GET /map/geometry`: Ge Lake's outline, the Xinmeng River
 * water's way in through the Beigan River inlet, and the Taige Canal's way out. A schematic, not a survey: every
 * coordinate below is approximate, WGS-84, [lon, lat], written by hand from these anchors (FACTS §2, §3, §5):
 *
 * - the lake: about 25 km north–south and 6.6 km wide on average, about 166 km² (tourism and encyclopedic text, [P]);
 *   its north tip near 31.69° N, its centre near 31.58° N 119.83° E, its south end near 31.47° N (from memory, [G],
 *   ±2–4 km). The shore below is a smooth outline through those points, wider in the north-middle as the lake is;
 *   its area comes out near 150 km² (the test holds it within 20 % of 166).
 * - the inflow: the Xinmeng River's water reaches Ge Lake by the Beigan River (北干河), which links Changdang Lake
 *   (洮湖, to the west) with Ge Lake's north-west shore; its mouth near 31.66° N 119.79° E ([G], ±2–4 km). The river's
 *   course west of the mouth is drawn straight: only its direction is meant.
 * - the outflow: the Taige Canal (太滆运河) leaves the east shore near 31.60° N 119.88° E (前黄) and runs east towards
 *   Taihu ([G], ±2–4 km); drawn straight as well.
 *
 * No administrative boundary is drawn: this is a lake and its rivers, not a map of territory.
 */

export interface MapFeature {
  type: 'Feature';
  properties: { id: string; kind: 'lake' | 'inflow' | 'outflow'; name: LocalName; note: LocalName };
  geometry:
    { type: 'Polygon'; coordinates: [number, number][][] } | { type: 'LineString'; coordinates: [number, number][] };
}

export interface MapGeometry {
  type: 'FeatureCollection';
  features: MapFeature[];
}

/** The shore as [lat, west shore lon, east shore lon], north to south. */
const SHORE: readonly (readonly [number, number, number])[] = [
  [31.692, 119.828, 119.838],
  [31.68, 119.796, 119.852],
  [31.66, 119.791, 119.864],
  [31.64, 119.789, 119.873],
  [31.62, 119.791, 119.879],
  [31.6, 119.794, 119.881],
  [31.58, 119.797, 119.872],
  [31.56, 119.795, 119.863],
  [31.54, 119.792, 119.853],
  [31.52, 119.79, 119.843],
  [31.5, 119.791, 119.834],
  [31.485, 119.797, 119.826],
  [31.47, 119.807, 119.816],
];

/** The outline as one closed ring, counter-clockwise (GeoJSON's rule for an outer ring): down the west, up the east. */
function lakeRing(): [number, number][] {
  const west = SHORE.map(([lat, lon]): [number, number] => [lon, lat]);
  const east = [...SHORE].reverse().map(([lat, , lon]): [number, number] => [lon, lat]);
  return [...west, ...east, west[0]!];
}

export function mapGeometry(): MapGeometry {
  const uncertain = {
    zh: '示意：位置约 ±2–4 公里，非测绘成果',
    en: 'Schematic: positions within about 2–4 km, not survey data',
  };
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { id: 'gehu', kind: 'lake', name: { zh: '滆湖', en: 'Ge Lake' }, note: uncertain },
        geometry: { type: 'Polygon', coordinates: [lakeRing()] },
      },
      {
        type: 'Feature',
        properties: {
          id: 'beigan-river',
          kind: 'inflow',
          name: { zh: '北干河', en: 'Beigan River' },
          note: uncertain,
        },
        geometry: {
          type: 'LineString',
          coordinates: [
            [119.64, 31.68],
            [119.791, 31.66],
          ],
        },
      },
      {
        type: 'Feature',
        properties: {
          id: 'taige-canal',
          kind: 'outflow',
          name: { zh: '太滆运河', en: 'Taige Canal' },
          note: uncertain,
        },
        geometry: {
          type: 'LineString',
          coordinates: [
            [119.881, 31.6],
            [120.0, 31.588],
          ],
        },
      },
    ],
  };
}
