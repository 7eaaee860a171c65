import { describe, expect, it } from 'vitest';
import { STATIONS, TOWNS } from './config';
import { mapGeometry } from './map-geometry';

const ring = mapGeometry().features.find((f) => f.properties.kind === 'lake')!.geometry.coordinates[0] as [
  number,
  number,
][];
const KM_PER_DEGREE = 111.32;
const cosLat = Math.cos((31.58 * Math.PI) / 180);

/** Ray casting, in degrees: fine for a lake a few kilometres across. */
function inside([lon, lat]: [number, number]): boolean {
  let within = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) within = !within;
  }
  return within;
}

describe('the schematic map', () => {
  it('has the lake about the size the sources give: 166 km², 25 km north to south, within 20 %', () => {
    let twice = 0;
    for (let i = 0; i < ring.length - 1; i++) twice += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
    const km2 = (Math.abs(twice) / 2) * KM_PER_DEGREE * KM_PER_DEGREE * cosLat;
    expect(km2).toBeGreaterThan(166 * 0.8);
    expect(km2).toBeLessThan(166 * 1.2);
    const lats = ring.map(([, lat]) => lat);
    expect((Math.max(...lats) - Math.min(...lats)) * KM_PER_DEGREE).toBeGreaterThan(20);
    expect(twice).toBeGreaterThan(0); // counter-clockwise, as GeoJSON wants an outer ring
  });

  it('puts the lake stations in the lake, the inlet and the outlet on its shore, the towns on land', () => {
    for (const station of STATIONS) {
      const at: [number, number] = [station.location.lon, station.location.lat];
      if (station.kind === 'lake') expect(inside(at), station.id).toBe(true);
      else {
        const nearest = Math.min(...ring.map(([lon, lat]) => Math.hypot((lon - at[0]) * cosLat, lat - at[1])));
        expect(nearest * KM_PER_DEGREE, station.id).toBeLessThan(1.5);
      }
    }
    for (const town of TOWNS) expect(inside([town.location.lon, town.location.lat]), town.id).toBe(false);
  });
});
