/**
 * A chart drawn as an SVG string, without a DOM: ECharts' server-side rendering, run by the snapshot worker (and by
 * its tests in Node). It registers the modules the recipes' options draw with, in the worker's own copy of ECharts.
 */
import { LineChart } from 'echarts/charts';
import { GridSimpleComponent, LegendPlainComponent, MarkAreaComponent, MarkLineComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { loadCatalogue } from '../../i18n/i18n';
import type { Language } from '../../i18n/messages';
import { cook, type ChartRecipe } from '../recipes';

use([LineChart, GridSimpleComponent, LegendPlainComponent, MarkAreaComponent, MarkLineComponent, SVGRenderer]);

/** `recipe` drawn at `width` × `height` CSS pixels; `language` is the recipe's, for its messages and ECharts' own. */
export async function renderSnapshot(
  recipe: ChartRecipe,
  language: Language,
  width: number,
  height: number,
): Promise<string> {
  await loadCatalogue(language);
  // The tooltip is the live chart's: a drawing has nothing to hover.
  const option = cook(recipe);
  delete option.tooltip;
  const chart = init(null, null, {
    renderer: 'svg',
    ssr: true,
    width,
    height,
    locale: language === 'en' ? 'EN' : 'ZH',
  });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
