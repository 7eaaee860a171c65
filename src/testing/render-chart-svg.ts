import { SVGRenderer } from 'echarts/renderers';
import { echarts, type ECOption } from '../charts/echarts';

echarts.use([SVGRenderer]);

/** Draws an option with ECharts' server-side SVG renderer (no DOM): proves ECharts accepts it, returns the SVG. */
export function renderChartSvg(option: ECOption, width = 600, height = 300): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
