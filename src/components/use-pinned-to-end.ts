import type { RefObject } from 'react';
import { useLayoutEffect } from 'react';

/**
 * Keeps a horizontal scroll box scrolled to its end (its right edge) from the first paint until the reader
 * scrolls away from it; scrolling back to the end pins it again. A resize (fonts, a rotated phone) keeps a
 * pinned box at its end, where a one-off scroll on mount would drift.
 */
export function usePinnedToEnd(ref: RefObject<HTMLElement | null>, enabled: boolean): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!enabled || element === null) return undefined;
    let pinned = true;
    const toEnd = (): void => {
      if (pinned) element.scrollLeft = element.scrollWidth;
    };
    // 1 px of slack: sub-pixel widths leave scrollLeft just short of the end.
    const onScroll = (): void => {
      pinned = element.scrollWidth - element.clientWidth - element.scrollLeft <= 1;
    };
    toEnd();
    element.addEventListener('scroll', onScroll, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(toEnd);
    observer?.observe(element);
    if (element.firstElementChild !== null) observer?.observe(element.firstElementChild);
    return () => {
      element.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, [ref, enabled]);
}
