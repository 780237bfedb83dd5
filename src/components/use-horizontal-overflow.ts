import type { RefObject } from 'react';
import { useEffect, useState } from 'react';

/** Whether a scroll box is wider inside than out, and whether it is scrolled away from either edge. */
export interface HorizontalOverflow {
  overflows: boolean;
  /** Columns hidden to the left (the sticky first column then casts a shadow). */
  scrolledFromStart: boolean;
  /** Columns still hidden to the right (the right edge then fades). */
  moreToTheEnd: boolean;
}

const NONE: HorizontalOverflow = { overflows: false, scrolledFromStart: false, moreToTheEnd: false };

/** Tracks `ref`'s horizontal overflow as it resizes and scrolls, so the page can show that it scrolls. */
export function useHorizontalOverflow(ref: RefObject<HTMLElement | null>): HorizontalOverflow {
  const [state, setState] = useState<HorizontalOverflow>(NONE);
  useEffect(() => {
    const element = ref.current;
    if (element === null) return undefined;
    const measure = (): void => {
      // 1 px of slack: sub-pixel widths must not show a cue for nothing.
      const hidden = element.scrollWidth - element.clientWidth;
      const next: HorizontalOverflow = {
        overflows: hidden > 1,
        scrolledFromStart: element.scrollLeft > 1,
        moreToTheEnd: hidden - element.scrollLeft > 1,
      };
      setState((prev) =>
        prev.overflows === next.overflows &&
        prev.scrolledFromStart === next.scrolledFromStart &&
        prev.moreToTheEnd === next.moreToTheEnd
          ? prev
          : next,
      );
    };
    element.addEventListener('scroll', measure, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    // The observer reports each observed box once laid out, so measuring here too would force a layout of the
    // page, once per scroll box, while it is being built.
    if (observer === null) measure();
    observer?.observe(element);
    if (element.firstElementChild !== null) observer?.observe(element.firstElementChild);
    return () => {
      element.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, [ref]);
  return state;
}
