// A WAI-ARIA menu button (https://www.w3.org/WAI/ARIA/apg/patterns/menu-button/): Enter/Space/ArrowDown open
// it on the first item, arrows/Home/End move, Escape closes and returns focus to the button, Tab leaves it,
// a click outside closes it. Knows nothing of what the items do.
import type { KeyboardEvent, ReactNode } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import { menuKeyAction } from './menu-keys.ts';

/** One item: its label, its test id, and what choosing it does (called after the menu closes). */
export interface MenuButtonItem {
  id: string;
  label: string;
  testId: string;
  onSelect: () => void;
}

interface MenuButtonProps {
  /** The button's visible text. */
  buttonText: string;
  /** The accessible name of the button and the menu. */
  label: string;
  buttonTestId: string;
  menuTestId: string;
  /** Groups of items, a separator between non-empty groups. */
  groups: readonly (readonly MenuButtonItem[])[];
  /** Called when the menu opens (e.g. to start loading what the items need). */
  onOpen?: () => void;
}

export function MenuButton(props: MenuButtonProps): ReactNode {
  const { groups, onOpen } = props;
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return undefined;
    onOpen?.();
    listRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const closeOnOutside = (event: PointerEvent) => {
      if (!(event.target instanceof Node) || !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutside);
    return () => document.removeEventListener('pointerdown', closeOnOutside);
  }, [open, onOpen]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onListKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const entries = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const current = entries.findIndex((entry) => entry === document.activeElement);
    const action = menuKeyAction(event.key, current, entries.length);
    if (action === null) return;
    if (action.kind === 'close' && !action.focusButton) {
      // Tab: the menu closes and focus moves on as usual.
      setOpen(false);
      return;
    }
    if (action.kind === 'focus') entries[action.index]?.focus();
    else close();
    event.preventDefault();
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
    }
  };

  return (
    <div ref={rootRef} className="chart-menu">
      <button
        ref={buttonRef}
        type="button"
        className="chart-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={props.label}
        data-testid={props.buttonTestId}
        onClick={() => setOpen((shown) => !shown)}
        onKeyDown={onButtonKeyDown}
      >
        {props.buttonText}
      </button>
      {open ? (
        <ul
          ref={listRef}
          id={menuId}
          role="menu"
          aria-label={props.label}
          className="chart-menu-list"
          data-testid={props.menuTestId}
          onKeyDown={onListKeyDown}
        >
          {groups.map((items, group) => [
            group > 0 && items.length > 0 ? (
              <li key={`separator-${String(group)}`} role="separator" className="chart-menu-separator" />
            ) : null,
            ...items.map((item) => (
              <li key={item.id} role="none">
                <button
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  className="chart-menu-item"
                  data-testid={item.testId}
                  onClick={() => {
                    close();
                    item.onSelect();
                  }}
                >
                  {item.label}
                </button>
              </li>
            )),
          ])}
        </ul>
      ) : null}
    </div>
  );
}
