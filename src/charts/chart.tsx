import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { echarts, type ECOption } from './echarts';

export interface ChartProps {
  option: ECOption;
  /** What the chart shows, in words: ECharts' aria puts it on the chart as its accessible name (role img). */
  description: string;
  height?: number | string;
  className?: string;
  /** ECharts events by name, e.g. `{ click: … }`. */
  onEvents?: Record<string, (params: unknown) => void>;
}

const FIRST_CHART_MARK = 'first-chart-drawn';

const hasData = (option: ECOption) =>
  [option.series ?? []].flat().some((s) => Array.isArray(s?.data) && s.data.length > 0);

/**
 * The one wrapper around ECharts: an instance created once, updated with `setOption`, resized with its container
 * and disposed on unmount (all by echarts-for-react's core build). It marks itself `data-chart-drawn` once a
 * render with data has finished, which the browser tests and the benchmark wait for.
 */
export function Chart({ option, description, height = 280, className, onEvents }: ChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
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
        echarts={echarts}
        option={fullOption}
        notMerge
        // Without lazyUpdate, echarts-for-react sets the option before binding `finished`, and the event is missed.
        lazyUpdate
        onEvents={events}
        style={{ height, width: '100%' }}
        opts={opts}
      />
    </div>
  );
}
