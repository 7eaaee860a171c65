import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useCallback, useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { connect, echartsApi, type ECOption, type init } from './echarts';

export interface ChartProps {
  option: ECOption;
  /** What the chart shows, in words: ECharts' aria puts it on the chart as its accessible name (role img). */
  description: string;
  height?: number | string;
  className?: string;
  /** ECharts events by name, e.g. `{ click: … }`. */
  onEvents?: Record<string, (params: unknown) => void>;
  /** Charts of one group zoom, pan and show tooltips together (`echarts.connect`). */
  group?: string;
  /**
   * Update the chart in place rather than rebuild it on a new option: for options whose structure stays the same
   * and only styles or data change (the wall's rotation, every second for days). Series are matched by `id`, and a
   * series the new option no longer has is removed.
   */
  merge?: boolean;
  ref?: Ref<ChartHandle>;
}

/** What a chart offers its owner without handing out the ECharts instance. */
export interface ChartHandle {
  /** The chart as drawn now, as a PNG at twice its size on `background`, without zoom sliders; null before it exists. */
  toImage(background: string): ChartImage | null;
}

export interface ChartImage {
  dataUrl: string;
  /** CSS pixels. */
  width: number;
  height: number;
  pixelRatio: number;
}

const FIRST_CHART_MARK = 'first-chart-drawn';
const REPLACE_SERIES = ['series'];

const hasData = (option: ECOption) =>
  [option.series ?? []].flat().some((s) => Array.isArray(s?.data) && s.data.length > 0);

/**
 * The one wrapper around ECharts: an instance created once, updated with `setOption`, resized with its container
 * and disposed on unmount (all by echarts-for-react's core build). It marks itself `data-chart-drawn` once a
 * render with data has finished, which the browser tests and the benchmark wait for.
 */
export function Chart({
  option,
  description,
  height = 280,
  className,
  onEvents,
  group,
  merge = false,
  ref,
}: ChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ReactEChartsCore>(null);
  useImperativeHandle(
    ref,
    () => ({
      toImage(background) {
        const instance = chartRef.current?.getEchartsInstance();
        if (!instance || instance.isDisposed()) return null;
        const pixelRatio = 2;
        const dataUrl = instance.getDataURL({
          type: 'png',
          pixelRatio,
          backgroundColor: background,
          excludeComponents: ['dataZoom'],
        });
        return { dataUrl, width: instance.getWidth(), height: instance.getHeight(), pixelRatio };
      },
    }),
    [],
  );
  const onChartReady = useCallback(
    (instance: ReturnType<typeof init>) => {
      if (!group) return;
      instance.group = group;
      connect(group);
    },
    [group],
  );
  // ECharts' own words (month names on time axes, aria phrases) follow the UI language; changing it re-creates the chart.
  const locale = useTranslation().i18n.language === 'en' ? 'EN' : 'ZH';
  const opts = useMemo(() => ({ renderer: 'canvas' as const, locale }), [locale]);
  const withData = hasData(option);
  const fullOption = useMemo<ECOption>(
    () => ({ ...option, aria: { enabled: true, label: { description } } }),
    [option, description],
  );
  const events = useMemo(
    () => ({
      ...onEvents,
      finished: () => {
        containerRef.current?.setAttribute('data-chart-drawn', String(withData));
        // The benchmark's "first chart drawn" moment: once per page load.
        if (withData && performance.getEntriesByName(FIRST_CHART_MARK).length === 0) performance.mark(FIRST_CHART_MARK);
      },
    }),
    [onEvents, withData],
  );
  return (
    <div ref={containerRef} className={className} data-chart="" data-chart-drawn="false">
      <ReactEChartsCore
        ref={chartRef}
        echarts={echartsApi}
        option={fullOption}
        notMerge={!merge}
        replaceMerge={merge ? REPLACE_SERIES : undefined}
        // Without lazyUpdate, echarts-for-react sets the option before binding `finished`, and the event is missed.
        lazyUpdate
        onEvents={events}
        onChartReady={onChartReady}
        style={{ height, width: '100%' }}
        opts={opts}
      />
    </div>
  );
}
