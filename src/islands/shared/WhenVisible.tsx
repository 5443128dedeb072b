// Defers a costly part of an island (a plot) until the reader scrolls near it, so a page with several
// plots does not build them all in one long task at load. An empty box holds the space meanwhile.
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  /** Height the box keeps before its content exists, so nothing below it jumps. */
  minHeightPx: number;
  /** Render now, wherever the box is (e.g. once a keyboard reader is inside, so no plot is tabbed past). */
  now?: boolean;
  children: ComponentChildren;
}

/** Render `children` once the box comes within 200 px of the viewport, or when `now` (at once without IntersectionObserver). */
export function WhenVisible({ minHeightPx, now = false, children }: Props): JSX.Element {
  const [shown, setShown] = useState(typeof IntersectionObserver === 'undefined');
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (shown || !box.current) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setShown(true);
    }, { rootMargin: '200px 0px' });
    observer.observe(box.current);
    return () => observer.disconnect();
  }, [shown]);
  return shown || now ? <>{children}</> : <div ref={box} class="when-visible" style={{ minHeight: `${minHeightPx}px` }} />;
}
