import { use, useMemo } from 'react';
import { Chart } from '../../charts/chart';
import { DrawAllCharts } from '../../charts/draw-all-charts';
import type { ECOption } from '../../charts/echarts';

interface BriefChartProps {
  /** Builds the option, only once the chart is to be drawn; null when there is nothing to draw. Keep it stable. */
  build: () => ECOption | null;
  description: string;
  height: number;
  /** Said instead of a chart when `build` has nothing to draw. */
  empty: string;
}

/**
 * A chart on paper: SVG (vector in the PDF), without the "view as table" control. Until a reader shows up it is its
 * frame at its height, with nothing built: a phone that opens the page, or a crawler, never pays for charts nobody
 * has looked at.
 */
export function BriefChart(props: BriefChartProps) {
  if (!use(DrawAllCharts)) return <div style={{ height: props.height }} data-chart-loading="" />;
  return <DrawnChart {...props} />;
}

function DrawnChart({ build, description, height, empty }: BriefChartProps) {
  const option = useMemo(() => build(), [build]);
  if (!option) return <p className="muted">{empty}</p>;
  return <Chart option={option} description={description} height={height} renderer="svg" eager table={false} />;
}
