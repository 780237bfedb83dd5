import { useCallback, useEffect, useState } from 'react';
import type { BriefingSlide } from '../../storage/briefing-store.ts';
import {
  BRIEFING_CHANGE_EVENT,
  briefingStorageKind,
  listBriefingSlides,
} from '../../storage/briefing-store.ts';

interface BriefingSlides {
  /** null while loading. */
  slides: BriefingSlide[] | null;
  /** What reading the list threw (shown in the UI language by ExportFailureLine); null when it was read. */
  error: unknown;
  /** True when the browser refused storage and the list lives in the page's memory. */
  inMemory: boolean;
}

/** The briefing list from IndexedDB (or memory), reloaded whenever any part of the page changes it. */
export function useBriefingSlides(): BriefingSlides {
  const [slides, setSlides] = useState<BriefingSlide[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [inMemory, setInMemory] = useState(false);
  const reload = useCallback(() => {
    Promise.all([listBriefingSlides(), briefingStorageKind()]).then(
      ([loaded, kind]) => {
        setSlides(loaded);
        setInMemory(kind === 'memory');
        setError(null);
      },
      (failure: unknown) => setError(failure),
    );
  }, []);
  useEffect(() => {
    reload();
    window.addEventListener(BRIEFING_CHANGE_EVENT, reload);
    return () => window.removeEventListener(BRIEFING_CHANGE_EVENT, reload);
  }, [reload]);
  return { slides, error, inMemory };
}
