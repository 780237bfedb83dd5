// The phone header's one panel (province search and list, year, the views): open or closed; Escape closes it
// and gives focus back to the button that opens it.

import type { KeyboardEvent } from 'react';
import { useCallback, useState } from 'react';

/** The id of the button that opens and closes the panel (focus returns to it). */
export const HEADER_PANEL_BUTTON_ID = 'app-header-panel-button';

export interface HeaderPanel {
  open: boolean;
  toggle(): void;
  /** Closes the panel; with `returnFocus`, focus goes back to the button. */
  close(returnFocus: boolean): void;
  /** For the header and the nav: Escape inside them closes an open panel and returns focus to its button. */
  onKeyDown(event: KeyboardEvent): void;
}

/** The panel's state; closed at first. */
export function useHeaderPanel(): HeaderPanel {
  const [open, setOpen] = useState(false);
  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) document.getElementById(HEADER_PANEL_BUTTON_ID)?.focus();
  }, []);
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !open) return;
      event.preventDefault();
      close(true);
    },
    [open, close],
  );
  return { open, toggle: () => setOpen((shown) => !shown), close, onKeyDown };
}
