import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * True once the element is within a screen's height of the viewport, and from then on: charts below the fold (a
 * phone's overview) load and draw as the reader scrolls towards them, not with the page. An element already near when
 * it mounts is told so before the browser paints (the first screen's charts then ask for their drawing a frame
 * sooner than IntersectionObserver's first report would let them). Without IntersectionObserver (jsdom), true at
 * once. Nothing is observed while `watch` is false.
 */
export function useNearViewport(ref: RefObject<Element | null>, watch = true): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useLayoutEffect(() => {
    const element = ref.current;
    if (near || !watch || !element) return;
    const { top, bottom } = element.getBoundingClientRect();
    if (bottom > -window.innerHeight && top < 2 * window.innerHeight) {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near, watch]);
  return near;
}
