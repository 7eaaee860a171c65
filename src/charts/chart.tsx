import { useCallback, useImperativeHandle, useLayoutEffect, useRef, useState, type Ref } from 'react';
import { useTranslation } from '../i18n/react';
import { idle, loadCharts, useSettled } from './chart-loader';
import { ChartTableView } from './chart-table-view';
import { hasData, type ChartHandle, type ChartPoint, type PageChartProps } from './chart-types';
import { extensionsFor } from './extensions';
import { markChartDrawn } from './first-chart';
import { snapshotsAvailable } from './snapshot/snapshot-client';
import { ChartFrame } from './snapshot/chart-frame';
import { goLiveGroup, useGroupLive, useSnapshot } from './snapshot/use-snapshot';
import { useNearViewport } from './use-near-viewport';

/**
 * The handle a page holds (`Chart`'s `ref`), forwarded to the live chart's: asked for an image while a snapshot shows,
 * it wakes the chart and waits for the live one.
 */
function useWakingHandle(ref: Ref<ChartHandle> | undefined, wake: () => void) {
  const live = useRef<ChartHandle | null>(null);
  const waiting = useRef<((handle: ChartHandle) => void)[]>([]);
  const liveRef = useCallback((handle: ChartHandle | null) => {
    live.current = handle;
    if (!handle) return;
    for (const resolve of waiting.current.splice(0)) resolve(handle);
  }, []);
  useImperativeHandle(
    ref,
    () => ({
      async toImage(background) {
        const handle =
          live.current ??
          (await new Promise<ChartHandle>((resolve) => {
            waiting.current.push(resolve);
            wake();
          }));
        return handle.toImage(background);
      },
    }),
    [wake],
  );
  return liveRef;
}

/**
 * A chart, with its data as a table on request. ECharts is not part of the page's first JavaScript: the page (its
 * frames, figures and tables) renders without it, and the chart takes its place, at the same height, once the
 * library is in and the chart is near the screen.
 *
 * A chart given a `recipe` is drawn first as a snapshot: SVG made by a worker (`snapshot/`), so that a page's first
 * charts show without ECharts on the page's thread. It goes live (ECharts, with tooltips and zoom) when a pointer
 * comes to it, or its frame changes size; the snapshot covers the live chart until that has drawn.
 */
export function Chart({ table = true, eager = false, recipe, option, ref, ...props }: PageChartProps) {
  const { height = 'var(--chart-height, 280px)', className, description, group } = props;
  const language = useTranslation().i18n.language;
  const frame = useRef<HTMLDivElement>(null);
  const near = useNearViewport(frame, !eager) || eager;
  const [woken, setWoken] = useState(() => recipe === undefined || !snapshotsAvailable());
  const live = useGroupLive(group) || woken;
  const wake = useCallback(() => {
    setWoken(true);
    if (group !== undefined) goLiveGroup(group);
  }, [group]);
  const liveRef = useWakingHandle(ref, wake);
  const snapshot = useSnapshot(frame, near && !live ? recipe : undefined, language, wake);
  const pointerRef = useRef<ChartPoint | null>(null);
  const needs = extensionsFor(option);
  // Asked for only once near: a chart below the fold does not load ECharts with the page.
  const renderer = useSettled(near && live ? loadCharts(props.renderer === 'svg' ? [...needs, 'svg'] : needs) : idle);
  const showsSnapshot = !renderer && snapshot !== null;
  useLayoutEffect(() => {
    if (showsSnapshot && hasData(option)) markChartDrawn();
  }, [showsSnapshot, option]);
  let chart;
  if (renderer) {
    chart = (
      <renderer.EChartsChart
        {...props}
        ref={liveRef}
        option={option}
        height={height}
        cover={snapshot}
        pointerRef={pointerRef}
      />
    );
  } else {
    chart = (
      <ChartFrame
        frame={frame}
        svg={snapshot}
        description={description}
        className={className}
        style={{ height }}
        pointerRef={pointerRef}
        wake={wake}
        onClick={props.onEvents?.click}
      />
    );
  }
  return (
    <>
      {chart}
      {table && <ChartTableView option={option} caption={description} />}
    </>
  );
}
