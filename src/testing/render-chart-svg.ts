import { SVGRenderer } from 'echarts/renderers';
import { init, use, type ECOption } from '../charts/echarts';
// Every option the app builds, bars and zoom included (the app loads these with the charts that need them).
import '../charts/echarts-bar';
import '../charts/echarts-zoom';

use([SVGRenderer]);

/** Draws an option with ECharts' server-side SVG renderer (no DOM): proves ECharts accepts it, returns the SVG. */
export function renderChartSvg(option: ECOption, width = 600, height = 300): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * The lines drawn in one colour: each `<path>` stroked with `stroke` and not filled, as its list of points (runs of
 * points split at gaps). What a reader of the chart sees of a series, to assert instead of "some SVG came out".
 */
export function linesIn(svg: string, stroke: string): [number, number][][][] {
  const paths = [...svg.matchAll(/<path d="([^"]*)"[^>]*>/g)].filter(
    ([tag, d]) => d!.trim() !== '' && tag.includes(`stroke="${stroke}"`) && tag.includes('fill="none"'),
  );
  return paths.map(([, d]) =>
    d!
      .split('M')
      .filter(Boolean)
      .map((run) => run.split('L').map((point) => point.trim().split(/[ ,]+/).map(Number) as [number, number])),
  );
}
