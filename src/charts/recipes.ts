/**
 * Chart options named by their builder and its arguments: a recipe crosses to the snapshot worker (functions in an
 * option do not), which cooks the same option from it (`snapshot/cook.ts`). Only charts that may be drawn first on a
 * page need one (`Chart`'s `recipe`). The builders are the registry's (`registry.ts`).
 */
import type { ECOption } from './echarts';
import type { ChartBuilders, ChartName, SnapshotChart } from './registry';

/** The builders by name, as their modules export them. */
export type Builders = { [K in ChartName]: ChartBuilders[K] };

/** A recipe names a builder the snapshot worker has. */
export type ChartRecipe = {
  [K in SnapshotChart]: { builder: K; args: Parameters<Builders[K]> };
}[SnapshotChart];

/** What `Chart` draws: the option, and the recipe that makes it again in the worker. */
export interface Drawing {
  option: ECOption;
  recipe: ChartRecipe;
}

/** The option `build` makes of `args`, and its recipe: `build` is the builder the worker knows as `builder`. */
export function drawing<K extends SnapshotChart>(
  builder: K,
  build: Builders[K],
  ...args: Parameters<Builders[K]>
): Drawing {
  const option = (build as (...given: Parameters<Builders[K]>) => ECOption)(...args);
  return { option, recipe: { builder, args } as ChartRecipe };
}
