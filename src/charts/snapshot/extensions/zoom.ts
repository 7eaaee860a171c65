/**
 * The snapshot worker's zoom slider and scrolling legend. Zooming inside the plot draws nothing: `renderSnapshot`
 * leaves it to the live chart.
 */
import { DataZoomSliderComponent, LegendScrollComponent } from 'echarts/components';
import { use } from 'echarts/core';

use([DataZoomSliderComponent, LegendScrollComponent]);
