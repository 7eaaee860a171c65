import type { PointerEvent, RefObject } from 'react';
import type { ChartPoint } from '../chart-types';
import { snapshotClick } from './snapshot-click';

interface ChartFrameProps {
  frame: RefObject<HTMLDivElement | null>;
  /** The worker's SVG markup, or null while there is none: the frame holds the chart's place. */
  svg: string | null;
  description: string;
  className?: string;
  style: object;
  /** Where the pointer is, kept for the live chart's tooltip. */
  pointerRef: RefObject<ChartPoint | null>;
  /** Makes the chart live: called when a pointer comes to the snapshot. */
  wake: () => void;
  onClick?: (params: unknown) => void;
}

/**
 * A chart's place before it is live: empty at the chart's height while nothing is drawn, then the worker's snapshot.
 * One element for both, so that the frame the snapshot was measured on (and is watched for a new size) stays the
 * same. On the snapshot a pointer wakes the live chart, and a click on a bar or point reaches `onClick` as a click on
 * the live chart's would (a tap on a phone comes before the live chart could take it).
 */
export function ChartFrame({ frame, svg, description, className, style, pointerRef, wake, onClick }: ChartFrameProps) {
  if (svg === null) return <div ref={frame} className={className} style={style} data-chart-loading="" />;
  const follow = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    pointerRef.current = { x: event.clientX - box.left, y: event.clientY - box.top };
  };
  return (
    <div
      ref={frame}
      className={className}
      style={style}
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
        if (click) onClick?.(click);
      }}
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
