/**
 * What the detail pages' charts need beyond the first screen's: bars, zoom and pan on time axes (dataZoom inside and
 * slider) and a legend that scrolls instead of wrapping onto the plot. Registered by the builders that use it.
 */
import { BarChart } from 'echarts/charts';
import { DataZoomInsideComponent, DataZoomSliderComponent, LegendScrollComponent } from 'echarts/components';
import { echarts } from './echarts';

echarts.use([BarChart, DataZoomInsideComponent, DataZoomSliderComponent, LegendScrollComponent]);
