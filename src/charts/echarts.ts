/**
 * The only place ECharts is imported: tree-shaken registration from `echarts/core`, and the option type it allows.
 * Only what the first screen draws is registered here. What some options need beyond it (dataZoom, bars, a scrolling
 * legend, the map) is registered by the `echarts-*.ts` modules beside this one, which `loadCharts` (`chart.tsx`)
 * loads when an option asks for them (`extensionsFor`), so that it arrives with the page that draws it; the tooltip
 * waits for the first hover (`tooltip-loader.ts`).
 */
import {
  LineChart,
  type BarSeriesOption,
  type LineSeriesOption,
  type LinesSeriesOption,
  type ScatterSeriesOption,
} from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendPlainComponent,
  MarkAreaComponent,
  MarkLineComponent,
  type AriaComponentOption,
  type DataZoomComponentOption,
  type GeoComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkAreaComponentOption,
  type MarkLineComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { connect, dispose, getInstanceByDom, init, use, type ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([
  LineChart,
  GridComponent,
  LegendPlainComponent,
  MarkAreaComponent,
  MarkLineComponent,
  AriaComponent,
  CanvasRenderer,
]);

export type ECOption = ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | ScatterSeriesOption
  | LinesSeriesOption
  | GeoComponentOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | MarkAreaComponentOption
  | MarkLineComponentOption
  | AriaComponentOption
  | DataZoomComponentOption
>;

/**
 * What echarts-for-react calls. Handing it the whole `echarts/core` namespace instead would keep every export of it
 * (the graphic, helper, format and GeoJSON APIs among them) in the bundle.
 */
export const echartsApi = { init, dispose, getInstanceByDom };

export { connect, init, use };
