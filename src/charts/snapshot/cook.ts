/** The snapshot worker's builders: the registry's snapshot charts (`SnapshotChart`), by the names recipes give them. */
import type { ECOption } from '../echarts';
import { buildCumulativeProgressOption } from '../options/cumulative-progress';
import { buildTrendOverviewOption } from '../options/trend-overview';
import type { Builders, ChartRecipe } from '../recipes';
import type { SnapshotChart } from '../registry';

/**
 * The overview's builders are in the worker's own chunk (its warm-up draws with one); the detail pages' load when a
 * recipe first names them, so that the overview's worker does not carry them.
 */
const builders: { [K in SnapshotChart]: () => Builders[K] | Promise<Builders[K]> } = {
  trendOverview: () => buildTrendOverviewOption,
  cumulativeProgress: () => buildCumulativeProgressOption,
  townVillages: () => import('../options/town-progress').then((module) => module.buildTownVillagesOption),
  townKm: () => import('../options/town-progress').then((module) => module.buildTownKmOption),
  stationTrend: () => import('../options/station-trend').then((module) => module.stationTrendOption),
};

/** The option a recipe makes: its builder called with its arguments. */
export async function cook(recipe: ChartRecipe): Promise<ECOption> {
  const build = (await builders[recipe.builder]()) as (...args: ChartRecipe['args']) => ECOption;
  return build(...recipe.args);
}
