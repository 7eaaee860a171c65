/** The snapshot worker's builders: the registry's, loaded when a recipe first names them. */
import type { ECOption } from '../echarts';
import type { ChartRecipe } from '../recipes';
import { CHARTS } from '../registry';

/** The option a recipe makes: its builder called with its arguments. */
export async function cook(recipe: ChartRecipe): Promise<ECOption> {
  const build = (await CHARTS[recipe.builder].load()) as (...args: ChartRecipe['args']) => ECOption;
  return build(...recipe.args);
}
