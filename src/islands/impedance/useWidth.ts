// The pixel width a plot actually gets, so each SVG is laid out for it (viewBox = pixels: text stays at
// its stated size on a phone) instead of a wide drawing being scaled down.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';

/** Width the server renders for: about one column of the plot grid on a phone and on a desktop. */
export const DEFAULT_PLOT_WIDTH = 300;

/** A ref for the plot's box and that box's content width in px (DEFAULT_PLOT_WIDTH until measured). */
export function useWidth(): [RefObject<HTMLDivElement>, number] {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(DEFAULT_PLOT_WIDTH);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      const w = Math.floor(el.clientWidth);
      if (w > 0) setWidth(Math.min(Math.max(w, 240), 1000));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [box, width];
}
