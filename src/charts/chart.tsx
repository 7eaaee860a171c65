import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useReducer,
  useRef,
  useState,
  useSyncExternalStore,
  type PointerEvent,
  type RefObject,
  type Ref,
} from 'react';
import { useTranslation } from '../i18n/react';
import type { Language } from '../i18n/messages';
import { ChartTableView } from './chart-table-view';
import type { ECOption } from './echarts';
import { extensionsFor, type ChartExtension } from './extensions';
import { markChartDrawn } from './first-chart';
import type { ChartRecipe } from './recipes';
import { drawSnapshot, snapshotsAvailable } from './snapshot/snapshot-client';
import { snapshotClick } from './snapshot/snapshot-click';
import { useNearViewport } from './use-near-viewport';

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
  /** Offer the data as a table under the chart ("view as table"); the wall, which nobody operates, turns it off. */
  table?: boolean;
  /**
   * Draw as SVG instead of on a canvas: vector graphics that stay sharp in a PDF (the briefing). The SVG renderer is
   * loaded with the chart only when asked for.
   */
  renderer?: 'canvas' | 'svg';
  /** Draw at once rather than when near the screen: a page about to be printed needs every chart drawn. */
  eager?: boolean;
  /** The GeoJSON a `geo` option draws, registered under `name` before the option is set (the schematic map). */
  geoMap?: { name: string; geoJson: object };
  ref?: Ref<ChartHandle>;
}

/** Where a pointer is over a chart, in CSS pixels from its top left corner. */
export interface ChartPoint {
  x: number;
  y: number;
}

/** What the live chart takes from `Chart`, beside its props. */
export interface LiveChartProps extends ChartProps {
  /** The snapshot's SVG markup (`Chart`'s `recipe`), shown over the live chart until that has drawn. */
  cover: string | null;
  /** Where the pointer is over the chart, kept by both the snapshot and the live chart: the tooltip shows there. */
  pointerRef: RefObject<ChartPoint | null>;
}

/**
 * What a page hands `Chart`: an option, and for a chart that may be drawn first as a snapshot, the recipe that makes
 * the same option in the worker (`drawing` in `recipes.ts` makes both).
 */
export type PageChartProps = ChartProps & { recipe?: ChartRecipe };

/** What a chart offers its owner without handing out the ECharts instance. */
export interface ChartHandle {
  /**
   * The chart as drawn, as a PNG at twice its size on `background`, without zoom sliders: a snapshot goes live for it,
   * and the image waits for the live chart's first drawing. Null if the chart is gone meanwhile.
   */
  toImage(background: string): Promise<ChartImage | null>;
}

export interface ChartImage {
  dataUrl: string;
  /** CSS pixels. */
  width: number;
  height: number;
  pixelRatio: number;
}

const extensions: Record<ChartExtension, () => Promise<unknown>> = {
  bar: () => import('./echarts-bar'),
  zoom: () => import('./echarts-zoom'),
  svg: () => import('./echarts-svg'),
  map: () => import('./echarts-map'),
};

type Renderer = typeof import('./echarts-chart');

/** A load that says how it ended once it has (`useSettled`). */
type Load<T> = Promise<T> & { status?: 'fulfilled' | 'rejected'; value?: T; reason?: unknown };
const loads = new Map<string, Load<Renderer>>();
/** What a chart not yet near the screen waits on: nothing. */
const idle: Load<Renderer> = new Promise(() => undefined);

/**
 * Loads ECharts (over half of the app's JavaScript) with `needs`, once per set: the same promise each time, marked
 * with how it ended (`status`, `value` or `reason`). Panels and routes call it ahead of the chart. A failed load (the
 * network) reaches the panel's error boundary, and is forgotten, so that the boundary's retry tries again.
 */
export function loadCharts(needs: readonly ChartExtension[] = []): Load<Renderer> {
  const key = [...needs].sort().join();
  let load = loads.get(key);
  if (!load) {
    const started: Load<Renderer> = Promise.all([
      import('./echarts-chart'),
      ...needs.map((name) => extensions[name]()),
    ]).then(([renderer]) => renderer);
    started.then(
      (value) => {
        started.status = 'fulfilled';
        started.value = value;
      },
      (reason: unknown) => {
        started.status = 'rejected';
        started.reason = reason;
        loads.delete(key);
      },
    );
    load = started;
    loads.set(key, load);
  }
  return load;
}

/**
 * The value of `load` once it is in, null until then; its error, thrown, if it failed. Not React's `use` with
 * Suspense: React holds back revealing a suspended boundary for up to 300 ms, and the first chart waited out that
 * throttle after its code had arrived. A state update draws it at once.
 */
function useSettled<T>(load: Load<T>): T | null {
  const [, settled] = useReducer((count: number) => count + 1, 0);
  // Rendered before it settled: render again when it has (at once if it did since).
  const pending = load.status === undefined;
  useEffect(() => {
    if (pending) load.then(settled, settled);
  }, [load, pending]);
  if (load.status === 'rejected') throw load.reason;
  return load.status === 'fulfilled' ? load.value! : null;
}

/** Whether an option has a series with data: a chart without any is not "drawn" for the first-chart mark. */
export const hasData = (option: ECOption) =>
  [option.series ?? []].flat().some((s) => Array.isArray(s?.data) && s.data.length > 0);

/**
 * The recipe drawn as SVG by the snapshot worker at the frame's size, once asked for (`recipe` not undefined); the
 * last drawing until a new one is in. A drawing fits one size: `wake` is called when the frame's size changes, or
 * when the worker cannot draw.
 */
function useSnapshot(
  frame: RefObject<HTMLDivElement | null>,
  recipe: ChartRecipe | undefined,
  language: Language,
  wake: () => void,
): string | null {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    const element = frame.current;
    if (!recipe || !element) return;
    const { clientWidth: width, clientHeight: height } = element;
    let current = true;
    drawSnapshot(recipe, language, width, height).then(
      (drawn) => current && setSvg(drawn),
      () => current && wake(),
    );
    const resized = new ResizeObserver(() => {
      if (element.clientWidth !== width || element.clientHeight !== height) wake();
    });
    resized.observe(element);
    return () => {
      current = false;
      resized.disconnect();
    };
  }, [frame, recipe, language, wake]);
  return svg;
}

/**
 * The groups (`Chart`'s `group`) one of whose snapshots has gone live: the others follow, so that zoom and tooltips
 * stay linked. A group stays live for the rest of the visit (ECharts is on the page by then).
 */
const liveGroups = new Set<string>();
const groupListeners = new Set<() => void>();

function goLiveGroup(group: string): void {
  if (liveGroups.has(group)) return;
  liveGroups.add(group);
  for (const listener of groupListeners) listener();
}

function useGroupLive(group: string | undefined): boolean {
  return useSyncExternalStore(
    (listener) => {
      groupListeners.add(listener);
      return () => groupListeners.delete(listener);
    },
    () => group !== undefined && liveGroups.has(group),
  );
}

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
 * comes to it, or its frame changes size; the snapshot covers the live chart until that has drawn. A click on a
 * snapshot's bar or point reaches `onEvents.click` as a click on the live chart's would (a tap on a phone comes before
 * the live chart could take it).
 */
export function Chart({ table = true, eager = false, recipe, option, ref, ...props }: PageChartProps) {
  const { height = 280, className, description, group } = props;
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
  const follow = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    pointerRef.current = { x: event.clientX - box.left, y: event.clientY - box.top };
  };
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
  } else if (showsSnapshot) {
    chart = (
      <div
        ref={frame}
        className={className}
        style={{ height }}
        data-chart=""
        data-chart-drawn="true"
        data-chart-snapshot=""
        role="img"
        aria-label={description}
        onPointerEnter={(event) => {
          follow(event);
          wake();
        }}
        onPointerMove={follow}
        onPointerLeave={() => (pointerRef.current = null)}
        onClick={(event) => {
          const click = snapshotClick(event.target);
          if (click) props.onEvents?.click?.(click);
        }}
        dangerouslySetInnerHTML={{ __html: snapshot }}
      />
    );
  } else {
    chart = <div ref={frame} className={className} style={{ height }} data-chart-loading="" />;
  }
  return (
    <>
      {chart}
      {table && <ChartTableView option={option} caption={description} />}
    </>
  );
}
