/**
 * The schematic map: the geo component (a registered GeoJSON drawn as a shape), scatter points for stations and
 * towns, lines for the rivers. An extension (`registry.ts`), loaded for an option with a `geo`, never with the first screen's charts
 * (`registerMap` lives here for that reason: importing it from `echarts/core` in `echarts.ts` would bring ECharts' geo
 * resources into the first chart's code).
 */
import { LinesChart, ScatterChart } from 'echarts/charts';
import { GeoComponent } from 'echarts/components';
import { registerMap } from 'echarts/core';
import { use } from 'echarts/core';
import { setMapRegistrar } from './geo-maps';

use([GeoComponent, ScatterChart, LinesChart]);
setMapRegistrar((name, geoJson) => registerMap(name, geoJson as Parameters<typeof registerMap>[1]));
