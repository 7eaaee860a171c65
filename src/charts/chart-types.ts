/** What a chart is given and what it offers, shared by `Chart` and the live chart it loads (`echarts-chart.tsx`). */
import type { Ref, RefObject } from 'react';
import type { ECOption } from './echarts';
import type { ChartRecipe } from './recipes';

export interface ChartProps {
  option: ECOption;
  /** What the chart shows, in words: ECharts' aria puts it on the chart as its accessible name (role img). */
  description: string;
  /** CSS pixels or a CSS length; by default the `--chart-height` its panel sets (`Panel`'s `chartHeight`), else 280 px. */
  height?: number | string;
  className?: string;
  /** ECharts events by name, e.g. `{ click: … }`. */
  onEvents?: Record<string, (params: unknown) => void>;
  /** Charts of one group zoom, pan and show tooltips together (`echarts.connect`). */
  group?: string;
  /**
   * Update the chart in place rather than rebuild it on a new option: for options whose structure stays the same
   * and only styles or data change (the wall's rotation, every second for days). Series are matched by `id`, and a
   * series the new option no longer has is removed.
   */
  merge?: boolean;
  /** Offer the data as a table under the chart ("view as table"); the wall, which nobody operates, turns it off. */
  table?: boolean;
  /**
   * Draw as SVG instead of on a canvas: vector graphics that stay sharp in a PDF (the briefing). The SVG renderer is
   * loaded with the chart only when asked for.
   */
  renderer?: 'canvas' | 'svg';
  /** Draw at once rather than when near the screen: a page about to be printed needs every chart drawn. */
  eager?: boolean;
  /** The GeoJSON a `geo` option draws, registered under `name` before the option is set (the schematic map). */
  geoMap?: { name: string; geoJson: object };
  ref?: Ref<ChartHandle>;
}

/** Where a pointer is over a chart, in CSS pixels from its top left corner. */
export interface ChartPoint {
  x: number;
  y: number;
}

/** What the live chart takes from `Chart`, beside its props. */
export interface LiveChartProps extends ChartProps {
  /** The snapshot's SVG markup (`Chart`'s `recipe`), shown over the live chart until that has drawn. */
  cover: string | null;
  /** Where the pointer is over the chart, kept by both the snapshot and the live chart: the tooltip shows there. */
  pointerRef: RefObject<ChartPoint | null>;
}

/**
 * What a page hands `Chart`: an option, and for a chart that may be drawn first as a snapshot, the recipe that makes
 * the same option in the worker (`drawing` in `recipes.ts` makes both).
 */
export type PageChartProps = ChartProps & { recipe?: ChartRecipe };

/** What a chart offers its owner without handing out the ECharts instance. */
export interface ChartHandle {
  /**
   * The chart as drawn, as a PNG at twice its size on `background`, without zoom sliders: a snapshot goes live for it,
   * and the image waits for the live chart's first drawing. Null if the chart is gone meanwhile.
   */
  toImage(background: string): Promise<ChartImage | null>;
}

export interface ChartImage {
  dataUrl: string;
  /** CSS pixels. */
  width: number;
  height: number;
  pixelRatio: number;
}

/** Whether an option has a series with data: a chart without any is not "drawn" for the first-chart mark. */
export const hasData = (option: ECOption) =>
  [option.series ?? []].flat().some((s) => Array.isArray(s?.data) && s.data.length > 0);
