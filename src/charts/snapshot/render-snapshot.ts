/**
 * A chart drawn as an SVG string, without a DOM: ECharts' server-side rendering, run by the snapshot worker (and by
 * its tests in Node). It registers the modules the recipes' options draw with, in the worker's own copy of ECharts:
 * lines here, the registry's extensions in chunks of their own that load when an option first needs them (or when the page
 * names them ahead, `loadExtensions`), so that a page drawing lines only does not wait for them.
 */
import { LineChart } from 'echarts/charts';
import { GridSimpleComponent, LegendPlainComponent, MarkAreaComponent, MarkLineComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { loadCatalogue } from '../../i18n/i18n';
import type { Language } from '../../i18n/messages';
import { extensionsFor } from '../extensions';
import type { ChartRecipe } from '../recipes';
import type { OptionExtension, SnapshotExtension } from '../registry';
import { cook } from './cook';

use([LineChart, GridSimpleComponent, LegendPlainComponent, MarkAreaComponent, MarkLineComponent, SVGRenderer]);

/** The extensions snapshots draw with (the registry's `SnapshotExtension`), each loaded into the worker's ECharts. */
const extensions: { [K in SnapshotExtension]: () => Promise<unknown> } = {
  bar: () => import('../echarts-bar'),
  zoom: () => import('../echarts-zoom'),
};
const loaded = new Map<OptionExtension, Promise<unknown>>();

/** Loads `needs`, each once; an extension snapshots do not draw with fails the drawing that needs it. */
export async function loadExtensions(needs: readonly OptionExtension[]): Promise<void> {
  await Promise.all(
    needs.map((name) => {
      const load = (extensions as Partial<Record<OptionExtension, () => Promise<unknown>>>)[name];
      if (!load) throw new Error(`snapshots cannot draw with "${name}"`);
      let loading = loaded.get(name);
      if (!loading) {
        loading = load();
        loaded.set(name, loading);
        loading.catch(() => loaded.delete(name));
      }
      return loading;
    }),
  );
}

/** `recipe` drawn at `width` × `height` CSS pixels; `language` is the recipe's, for its messages and ECharts' own. */
export async function renderSnapshot(
  recipe: ChartRecipe,
  language: Language,
  width: number,
  height: number,
): Promise<string> {
  await loadCatalogue(language);
  // The tooltip and zooming inside the plot are the live chart's: a drawing has nothing to hover or drag.
  const option = await cook(recipe);
  delete option.tooltip;
  if (option.dataZoom) option.dataZoom = [option.dataZoom].flat().filter((zoom) => zoom.type !== 'inside');
  await loadExtensions(extensionsFor(option));
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
