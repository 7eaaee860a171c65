/** Bar charts: loaded by `loadCharts` for an option with bar series, so that they arrive with the page that draws them. */
import { BarChart } from 'echarts/charts';
import { use } from './echarts';

use([BarChart]);
