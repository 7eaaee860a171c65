/**
 * Zoom and pan on time axes (dataZoom inside and slider) and a legend that scrolls instead of wrapping onto the plot:
 * loaded by `loadCharts` for an option that uses them, so that they arrive with the page that draws them.
 */
import { DataZoomInsideComponent, DataZoomSliderComponent, LegendScrollComponent } from 'echarts/components';
import { use } from './echarts';

use([DataZoomInsideComponent, DataZoomSliderComponent, LegendScrollComponent]);
