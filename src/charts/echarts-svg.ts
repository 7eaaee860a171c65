/** ECharts' SVG renderer, for charts drawn as vector graphics (the printable briefing): loaded only by those. */
import { SVGRenderer } from 'echarts/renderers';
import { use } from 'echarts/core';

use([SVGRenderer]);
