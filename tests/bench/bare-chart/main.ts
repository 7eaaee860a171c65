/**
 * The benchmark's floor (DESIGN §6): a Vite page that draws one ECharts line from inline data, with no framework and
 * no fetch, and sets the same `first-chart-drawn` mark as the app. `npm run bench` measures it in the same run as the
 * app's routes and prints their first-chart times as ratios to it, because these machines drift by half between runs.
 */
import { LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([LineChart, GridComponent, CanvasRenderer]);

/** 275 daily values, the length of the overview's trend. */
const start = Date.UTC(2023, 6, 1);
const data = Array.from({ length: 275 }, (_, i) => [start + i * 86_400_000, 0.4 + 0.2 * Math.sin(i / 20)]);

const chart = init(document.getElementById('chart'));
chart.on('finished', () => {
  if (performance.getEntriesByName('first-chart-drawn').length === 0) performance.mark('first-chart-drawn');
});
chart.setOption({
  animation: false,
  xAxis: { type: 'time' },
  yAxis: { type: 'value' },
  series: [{ type: 'line', data, showSymbol: false }],
});
