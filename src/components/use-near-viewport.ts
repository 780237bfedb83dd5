import type { RefObject } from 'react';
import { useEffect, useState } from 'react';

// Drawn a screen ahead, so a chart is there by the time a reader scrolls to it.
const AHEAD = '100% 0px';

/**
 * Whether `ref`'s element is on screen or within a screen's height of it; once true, it stays true. Charts far
 * down a page (the Overview's are five screens down on a phone) are not drawn while the page loads, only when a
 * reader, or the keyboard's focus, comes near. True at once in a browser without IntersectionObserver.
 */
export function useNearViewport(ref: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || element === null || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: AHEAD },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near]);
  return near;
}
