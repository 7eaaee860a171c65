/** The snapshot worker's bars, and the decal patterns that tell their statuses apart without colour (aria's decal). */
import { BarChart } from 'echarts/charts';
import { AriaComponent } from 'echarts/components';
import { use } from 'echarts/core';

use([BarChart, AriaComponent]);
