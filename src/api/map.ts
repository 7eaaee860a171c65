import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiGet } from './client';
import { localNameSchema, type QueryConfig } from './common';

/** `/map/geometry`: the schematic map's lake outline and rivers, as GeoJSON (DESIGN §9). */

const positionSchema = z.tuple([z.number().check(z.gte(-180), z.lte(180)), z.number().check(z.gte(-90), z.lte(90))]);

export const mapFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({
    id: z.string().check(z.minLength(1)),
    kind: z.enum(['lake', 'inflow', 'outflow']),
    name: localNameSchema,
    note: localNameSchema,
  }),
  geometry: z.discriminatedUnion('type', [
    z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(positionSchema).check(z.minLength(4))) }),
    z.object({ type: z.literal('LineString'), coordinates: z.array(positionSchema).check(z.minLength(2)) }),
  ]),
});
export type MapFeature = z.infer<typeof mapFeatureSchema>;

export const mapGeometrySchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(mapFeatureSchema),
});
export type MapGeometry = z.infer<typeof mapGeometrySchema>;

export const mapKeys = { geometry: () => ['map', 'geometry'] as const };

export const mapGeometryQueryOptions = () =>
  queryOptions({
    queryKey: mapKeys.geometry(),
    queryFn: ({ signal }) => apiGet('/map/geometry', mapGeometrySchema, undefined, signal),
    // The lake does not move: asked for once per page.
    staleTime: Infinity,
  });

export const useMapGeometry = (config: QueryConfig<typeof mapGeometryQueryOptions> = {}) =>
  useQuery({ ...mapGeometryQueryOptions(), ...config });
