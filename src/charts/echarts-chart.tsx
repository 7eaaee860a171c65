import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from '../i18n/react';
import { hasData, type LiveChartProps } from './chart-types';
import { connect, echartsApi, type ECOption, type init } from './echarts';
import { markChartDrawn } from './first-chart';
import { registerGeoMap } from './geo-maps';
import { loadTooltip, onTooltipLoaded, tooltipLoaded } from './tooltip-loader';

const REPLACE_SERIES = ['series'];

/** Whether a series animates for as long as it is shown (a `lines` effect), so that ECharts never says `finished`. */
const movesForever = (option: ECOption) =>
  [option.series ?? []].flat().some((series) => (series as { effect?: { show?: boolean } }).effect?.show === true);

/**
 * The one wrapper around ECharts, loaded by `Chart`: an instance created once, updated with `setOption`, resized
 * with its container and disposed on unmount (all by echarts-for-react's core build). It marks itself
 * `data-chart-drawn` once a render with data has finished, which the browser tests and the benchmark wait for.
 */
export function EChartsChart({
  option,
  description,
  height,
  className,
  onEvents,
  group,
  merge = false,
  renderer = 'canvas',
  geoMap,
  ref,
  cover: snapshot,
  pointerRef,
}: LiveChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ReactEChartsCore>(null);
  // Settled by the first drawing: an image asked for before then (a snapshot woken for it) waits for it.
  const [firstDrawing] = useState(() => {
    let settle = () => {};
    const promise = new Promise<void>((resolve) => (settle = resolve));
    return { promise, settle };
  });
  useImperativeHandle(
    ref,
    () => ({
      async toImage(background) {
        await firstDrawing.promise;
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
    [firstDrawing],
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
  const opts = useMemo(() => ({ renderer, locale }), [renderer, locale]);
  if (geoMap) registerGeoMap(geoMap);
  const withData = hasData(option);
  // The tooltip only once its component is in (`tooltip-loader.ts`): a chart drawn before then takes it on the load,
  // by a merge (below), not by a new option that would draw it again from scratch.
  const fullOption = useMemo<ECOption>(() => {
    const { tooltip, ...rest } = option;
    return {
      ...(tooltipLoaded() ? { ...rest, tooltip } : rest),
      aria: { ...[option.aria].flat()[0], enabled: true, label: { description } },
    };
  }, [option, description]);
  // The snapshot this chart replaces stays over it until it has drawn, so that the swap shows nothing.
  const [cover, setCover] = useState(snapshot);
  // A pointer woke it: the tooltip loads now, and shows where the pointer is once the chart has drawn.
  const tipOnDraw = useRef(false);
  useEffect(() => {
    if (!pointerRef.current) return;
    tipOnDraw.current = true;
    loadTooltip();
  }, [pointerRef]);
  useEffect(
    () =>
      onTooltipLoaded(() => {
        const instance = chartRef.current?.getEchartsInstance();
        if (!instance || instance.isDisposed() || !option.tooltip) return;
        instance.setOption({ tooltip: option.tooltip });
        // The pointer that asked for it is still there: show what it points at without waiting for it to move.
        if (pointerRef.current && !instance.isDisposed())
          instance.dispatchAction({ type: 'showTip', ...pointerRef.current });
      }),
    [option.tooltip, pointerRef],
  );
  const pointerEvents = {
    onPointerMove: (event: PointerEvent<HTMLDivElement>) => {
      if (tooltipLoaded()) return;
      const box = event.currentTarget.getBoundingClientRect();
      pointerRef.current = { x: event.clientX - box.left, y: event.clientY - box.top };
      loadTooltip();
    },
    onPointerLeave: () => {
      pointerRef.current = null;
    },
  };
  const continuous = movesForever(option);
  const renderedOption = useRef<ECOption | null>(null);
  const events = useMemo(() => {
    const drawn = () => {
      firstDrawing.settle();
      containerRef.current?.setAttribute('data-chart-drawn', String(withData));
      if (withData) markChartDrawn();
      setCover(null);
      const instance = chartRef.current?.getEchartsInstance();
      if (tipOnDraw.current && pointerRef.current && tooltipLoaded() && instance && !instance.isDisposed()) {
        tipOnDraw.current = false;
        instance.dispatchAction({ type: 'showTip', ...pointerRef.current });
      }
    };
    // A chart that moves for ever (the map's flowing water) never finishes: it is drawn once it has rendered its
    // option (`rendered` comes every frame; the attribute is written once per option).
    const rendered = () => {
      if (renderedOption.current === fullOption) return;
      renderedOption.current = fullOption;
      drawn();
    };
    return { ...onEvents, finished: drawn, ...(continuous && { rendered }) };
  }, [onEvents, withData, continuous, fullOption, pointerRef, firstDrawing]);
  return (
    <div
      ref={containerRef}
      className={className}
      style={cover ? { position: 'relative' } : undefined}
      data-chart=""
      data-chart-drawn="false"
      {...pointerEvents}
    >
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
      {cover && <div className="chart-cover" aria-hidden="true" dangerouslySetInnerHTML={{ __html: cover }} />}
    </div>
  );
}
