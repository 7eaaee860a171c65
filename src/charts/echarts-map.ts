/**
 * The schematic map: the geo component (a registered GeoJSON drawn as a shape), scatter points for stations and
 * towns, lines for the rivers. Loaded by `loadCharts` for an option with a `geo`, never with the first screen's charts.
 */
import { LinesChart, ScatterChart } from 'echarts/charts';
import { GeoComponent } from 'echarts/components';
import { use } from './echarts';

use([GeoComponent, ScatterChart, LinesChart]);
