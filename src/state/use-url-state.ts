import { useCallback, useEffect, useState } from 'react';
import type { UrlState } from './url-state.ts';
import { parseUrlState, serialiseUrlState } from './url-state.ts';

/** The URL state and a setter that merges a patch and mirrors it into the address bar (replaceState). */
export function useUrlState(): readonly [UrlState, (patch: Partial<UrlState>) => void] {
  const [state, setState] = useState<UrlState>(() => parseUrlState(window.location.search));

  useEffect(() => {
    const search = serialiseUrlState(state);
    if (search !== window.location.search) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}`);
    }
  }, [state]);

  useEffect(() => {
    const onPopState = (): void => setState(parseUrlState(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const update = useCallback((patch: Partial<UrlState>) => setState((prev) => ({ ...prev, ...patch })), []);
  return [state, update] as const;
}
