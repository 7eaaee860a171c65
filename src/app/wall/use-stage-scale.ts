import { useLayoutEffect, useState, type RefObject } from 'react';
import { WALL_DESIGN_WIDTH } from '../../charts/wall-theme';

/** The stage's width over the design width (1920), following resizes; 1 until it has a size. */
export function useStageScale(stage: RefObject<HTMLElement | null>): number {
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const element = stage.current;
    if (!element) return;
    const update = () => {
      const width = element.getBoundingClientRect().width;
      if (width > 0) setScale(Math.round((width / WALL_DESIGN_WIDTH) * 1000) / 1000);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [stage]);
  return scale;
}
