/**
 * Tooltips and the axis pointer (a fifth of ECharts' first chunk): loaded by `tooltip-loader.ts` when a pointer first
 * moves over a chart, so that the first chart does not wait for them.
 */
import { TooltipComponent } from 'echarts/components';
import { use } from './echarts';

use([TooltipComponent]);
