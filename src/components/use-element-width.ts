import type { RefObject } from 'react';
import { useEffect, useState } from 'react';

/**
 * The rendered width of `ref`'s element in CSS pixels, kept current with a ResizeObserver; null until its first
 * report, which comes once the page is laid out, after the first paint. What is drawn at this width (a chart)
 * then waits for it and is drawn once, not at a guess and again; and the page's first paint does not wait
 * for it. `fallbackPx` stands for a browser without ResizeObserver.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallbackPx: number): number | null {
  const [width, setWidth] = useState<number | null>(() =>
    typeof ResizeObserver === 'undefined' ? fallbackPx : null,
  );
  useEffect(() => {
    const element = ref.current;
    if (element === null || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width;
      // Round to 10 px so sub-pixel jitter does not rebuild the option.
      if (measured !== undefined && measured > 0) setWidth(Math.round(measured / 10) * 10);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
