// The keys of an open WAI-ARIA menu (https://www.w3.org/WAI/ARIA/apg/patterns/menu/), as a pure rule.

/** What a key does in an open menu: move focus to an item, close the menu, or nothing (left to the browser). */
export type MenuKeyAction =
  | { readonly kind: 'focus'; readonly index: number }
  | { readonly kind: 'close'; readonly focusButton: boolean }
  | null;

/**
 * Arrows move with wrap-around, Home/End go to the ends, Escape closes back to the button, Tab closes and lets
 * focus move on. `current` is the focused item's index (-1 when none is).
 */
export function menuKeyAction(key: string, current: number, count: number): MenuKeyAction {
  const wrap = (index: number): MenuKeyAction =>
    count === 0 ? null : { kind: 'focus', index: (index + count) % count };
  switch (key) {
    case 'ArrowDown':
      return wrap(current + 1);
    case 'ArrowUp':
      return wrap(current - 1);
    case 'Home':
      return wrap(0);
    case 'End':
      return wrap(count - 1);
    case 'Escape':
      return { kind: 'close', focusButton: true };
    case 'Tab':
      return { kind: 'close', focusButton: false };
    default:
      return null;
  }
}
