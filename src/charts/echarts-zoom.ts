/**
 * Zoom and pan on time axes (dataZoom inside and slider) and a legend that scrolls instead of wrapping onto the plot:
 * an extension (`registry.ts`), loaded for an option that uses them by the page and by the snapshot worker, each into
 * its own copy of ECharts.
 */
import { DataZoomInsideComponent, DataZoomSliderComponent, LegendScrollComponent } from 'echarts/components';
import { use } from 'echarts/core';

use([DataZoomInsideComponent, DataZoomSliderComponent, LegendScrollComponent]);
