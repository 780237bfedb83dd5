// The deck's title as the user typed it, kept in this browser's store across visits.
import { useEffect, useState } from 'react';
import { getDeckTitle, setDeckTitle } from '../../storage/briefing-store.ts';

export interface DeckTitle {
  /** What the user typed; null until the stored title has been read. */
  title: string | null;
  /** Shows the new title and stores it. */
  changeTitle: (title: string) => void;
}

/** The typed title, read once from the store (what is typed before it arrives wins). */
export function useDeckTitle(): DeckTitle {
  const [title, setTitle] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void getDeckTitle().then((stored) => {
      if (live) setTitle((current) => current ?? stored ?? '');
    });
    return () => {
      live = false;
    };
  }, []);
  const changeTitle = (next: string): void => {
    setTitle(next);
    void setDeckTitle(next);
  };
  return { title, changeTitle };
}
