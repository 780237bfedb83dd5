// Roving tabindex (WAI-ARIA APG "Keyboard navigation inside components"): a run of focusable items is one Tab
// stop; the arrow keys, Home and End move between them, so a keyboard user is not made to Tab through each one.
import type { KeyboardEvent } from 'react';
import { useState } from 'react';

export interface RovingFocus {
  /** The item's tabIndex: 0 for the one Tab reaches (the last one focused), -1 for the others. */
  tabIndexOf(index: number): 0 | -1;
  /** For each item: a click, a tap or a Tab into it makes it the one Tab comes back to. */
  onItemFocus(index: number): () => void;
  /** For the items' container: ArrowRight/ArrowDown, ArrowLeft/ArrowUp, Home and End move focus (no wrap). */
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
}

const STEP: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** The item a key moves focus to from item `from` of `count` (null: the key is not ours); the ends stay put. */
export function rovingFocusTarget(key: string, from: number, count: number): number | null {
  if (count === 0) return null;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const step = STEP[key];
  return step === undefined ? null : Math.min(count - 1, Math.max(0, from + step));
}

/** Roving focus over the `count` elements matching `itemSelector` inside the container, in document order. */
export function useRovingFocus(count: number, itemSelector: string): RovingFocus {
  const [active, setActive] = useState(0);
  // When the items change (another province or year), a remembered index past the end falls back to the first.
  const current = active < count ? active : 0;
  return {
    tabIndexOf: (index) => (index === current ? 0 : -1),
    onItemFocus: (index) => () => setActive(index),
    onKeyDown: (event) => {
      const items = [...event.currentTarget.querySelectorAll<HTMLElement>(itemSelector)];
      const from = items.indexOf(event.target as HTMLElement);
      if (from < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
      const to = rovingFocusTarget(event.key, from, items.length);
      if (to === null) return;
      event.preventDefault();
      setActive(to);
      items[to]?.focus();
    },
  };
}
