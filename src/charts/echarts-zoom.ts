/** Zoom and pan on time axes (dataZoom inside and slider), registered by the builders whose options use it. */
import { DataZoomInsideComponent, DataZoomSliderComponent } from 'echarts/components';
import { echarts } from './echarts';

echarts.use([DataZoomInsideComponent, DataZoomSliderComponent]);
