import { useCallback, useEffect, useRef, useState } from 'react';
import type { Notice } from './resolve-selection.ts';
import type { ParsedUrl, UrlState } from './url-state.ts';
import { parseUrl, serialiseUrlState } from './url-state.ts';
import { dropUrlWrites, writeUrlSearch } from './url-writes.ts';

export interface UrlStateApi {
  /** The URL read into state, with the values that could not be used. */
  url: ParsedUrl;
  /** Why the app shows something else than the link asked for (until dismissed or a new choice). */
  notices: readonly Notice[];
  /**
   * The query string this state was read from or written to: equal to location.search once rendered and the
   * write that follows the paint done (url-writes.ts).
   */
  search: string;
  /** A new view (province, year, view): a new history entry, so Back returns to the one before. */
  navigate: (patch: Partial<UrlState>) => void;
  /** The same view written differently (the language): replaces the entry. */
  replace: (patch: Partial<UrlState>) => void;
  /**
   * An automatic correction of `basis` (the state it was resolved from): replaces the entry with `state` and
   * shows why. Dropped when the URL was written since `basis` (a view corrected its own parameters in the
   * same commit): the next render resolves the newer URL, so a stale correction never undoes a newer one.
   */
  correct: (basis: UrlState, state: UrlState, notices: readonly Notice[]) => void;
  dismissNotice: (index: number) => void;
}

interface UrlView {
  url: ParsedUrl;
  notices: readonly Notice[];
  search: string;
}

const readLocation = (): UrlView => ({
  url: parseUrl(window.location.search),
  notices: [],
  search: window.location.search,
});

/**
 * The URL state: pushState for a new view, replaceState for a correction, both written after the frame that shows
 * them (url-writes.ts); popstate follows Back/Forward.
 */
export function useUrlState(): UrlStateApi {
  const [view, setView] = useState<UrlView>(readLocation);
  // The latest state, read by the writers so the history call stays outside React's updaters (which
  // StrictMode runs twice).
  const current = useRef(view.url.state);

  useEffect(() => {
    const onPopState = (): void => {
      dropUrlWrites();
      const next = readLocation();
      current.current = next.url.state;
      setView(next);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const write = useCallback(
    (next: UrlState, mode: 'push' | 'replace', notices: (shown: readonly Notice[]) => readonly Notice[]) => {
      const search = serialiseUrlState(next);
      writeUrlSearch(search, mode);
      current.current = next;
      setView((shown) => ({ url: { state: next, invalid: {} }, notices: notices(shown.notices), search }));
    },
    [],
  );

  const navigate = useCallback(
    (patch: Partial<UrlState>) => write({ ...current.current, ...patch }, 'push', () => []),
    [write],
  );
  const replace = useCallback(
    (patch: Partial<UrlState>) => write({ ...current.current, ...patch }, 'replace', (shown) => shown),
    [write],
  );
  const correct = useCallback(
    (basis: UrlState, state: UrlState, notices: readonly Notice[]) => {
      if (basis === current.current) write(state, 'replace', () => notices);
    },
    [write],
  );
  const dismissNotice = useCallback(
    (index: number) =>
      setView((shown) => ({ ...shown, notices: shown.notices.filter((_, i) => i !== index) })),
    [],
  );
  return {
    url: view.url,
    notices: view.notices,
    search: view.search,
    navigate,
    replace,
    correct,
    dismissNotice,
  };
}
