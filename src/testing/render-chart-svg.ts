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
