/**
 * What the detail pages' charts need beyond the first screen's: zoom and pan on time axes (dataZoom inside and
 * slider) and a legend that scrolls instead of wrapping onto the plot. Registered by the builders that use it.
 */
import { DataZoomInsideComponent, DataZoomSliderComponent, LegendScrollComponent } from 'echarts/components';
import { echarts } from './echarts';

echarts.use([DataZoomInsideComponent, DataZoomSliderComponent, LegendScrollComponent]);
