// After a switch, the figure the user asked for is drawn first and the panels under it after the frame that
// shows it (Nationwide: the table and big map, then the eight small maps and strips; Dimensions: the trend,
// then its parts, rank table, survey indicators and tasks). useDeferredValue's background render still ran
// before that frame: its setOption of 8 maps delayed the table and the big map on screen.
// The later render is a transition: React renders it in slices, so a click or key is not held behind it (the
// Overview's sections below its first screen were one 60 ms task on a first visit).
import { startTransition, useEffect, useRef, useState } from 'react';
import { afterNextPaint } from '../../state/after-next-paint.ts';

/**
 * `value` as it was one painted frame ago: the first value at once (or `initial`, then `value` after the first
 * paint), each change after the next paint.
 */
export function useValueAfterPaint<T>(value: T, initial: T = value): T {
  const [shown, setShown] = useState(initial);
  // The value last handed to React: the one shown, or one still rendering as a transition.
  const asked = useRef(initial);
  useEffect(() => {
    if (Object.is(asked.current, value)) return undefined;
    const ask = (): void => {
      asked.current = value;
      startTransition(() => setShown(() => value));
    };
    // Back to the value on screen while another still renders (A, B, then A again): asked now, the two render
    // together as A; asked after the paint, B's panels were drawn under A's figure for a frame.
    if (Object.is(shown, value)) {
      ask();
      return undefined;
    }
    return afterNextPaint(ask);
  }, [value, shown]);
  return shown;
}
