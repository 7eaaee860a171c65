/**
 * Bar charts, and the decal patterns that tell their statuses apart without colour (aria's decal): an extension
 * (`registry.ts`), loaded for an option with bar series by the page and by the snapshot worker, each into its own
 * copy of ECharts.
 */
import { BarChart } from 'echarts/charts';
import { AriaComponent } from 'echarts/components';
import { use } from 'echarts/core';

use([BarChart, AriaComponent]);
