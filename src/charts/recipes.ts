/**
 * Chart options named by their builder and its arguments: a recipe crosses to a worker (functions in an option do
 * not), and the worker and the page cook the same option from it. Only charts that may be drawn first on a page
 * need one (`Chart`'s `recipe`).
 */
import type { ECOption } from './echarts';
import { buildCumulativeProgressOption } from './options/cumulative-progress';
import { buildStationTrendOption } from './options/station-trend';
import { buildTownKmOption, buildTownVillagesOption } from './options/town-progress';
import { buildTrendOverviewOption } from './options/trend-overview';

/** A station trend's option. A page draws none where the builder warns (no readings): a recipe for one is a mistake. */
function stationTrendOption(...args: Parameters<typeof buildStationTrendOption>): ECOption {
  const build = buildStationTrendOption(...args);
  if ('warn' in build) throw new Error(`a station trend with ${build.warn}`);
  return build.option;
}

const builders = {
  trendOverview: buildTrendOverviewOption,
  cumulativeProgress: buildCumulativeProgressOption,
  townVillages: buildTownVillagesOption,
  townKm: buildTownKmOption,
  stationTrend: stationTrendOption,
};

export type ChartRecipe = {
  [K in keyof typeof builders]: { builder: K; args: Parameters<(typeof builders)[K]> };
}[keyof typeof builders];

/** The option a recipe makes: its builder called with its arguments. */
export function cook(recipe: ChartRecipe): ECOption {
  const build = builders[recipe.builder] as (...args: ChartRecipe['args']) => ECOption;
  return build(...recipe.args);
}
