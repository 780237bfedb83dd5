// One function for a component's life that always calls the latest `callback` (read through a ref), so a
// memoised child or a chart's events are not redrawn or rebound because the shell passed a new arrow function.
import { useCallback, useEffect, useRef } from 'react';

/** A stable function calling the latest `callback`. */
export function useStableCallback<Args extends unknown[]>(
  callback: (...args: Args) => void,
): (...args: Args) => void {
  const latest = useRef(callback);
  useEffect(() => {
    latest.current = callback;
  }, [callback]);
  return useCallback((...args: Args) => latest.current(...args), []);
}
