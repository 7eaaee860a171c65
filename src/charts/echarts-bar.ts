/** Bar charts, registered by the builders that draw bars, so that they load with the page that draws them. */
import { BarChart } from 'echarts/charts';
import { use } from './echarts';

use([BarChart]);
