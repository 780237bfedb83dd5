import { useCallback, useEffect, useState } from 'react';
import type { BriefingSlide } from '../../storage/briefing-store.ts';
import { BRIEFING_CHANGE_EVENT, listBriefingSlides } from '../../storage/briefing-store.ts';

/** The briefing list from IndexedDB, reloaded whenever any part of the page changes it; null while loading. */
export function useBriefingSlides(): { slides: BriefingSlide[] | null; error: string | null } {
  const [slides, setSlides] = useState<BriefingSlide[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    listBriefingSlides().then(
      (loaded) => {
        setSlides(loaded);
        setError(null);
      },
      (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)),
    );
  }, []);
  useEffect(() => {
    reload();
    window.addEventListener(BRIEFING_CHANGE_EVENT, reload);
    return () => window.removeEventListener(BRIEFING_CHANGE_EVENT, reload);
  }, [reload]);
  return { slides, error };
}
