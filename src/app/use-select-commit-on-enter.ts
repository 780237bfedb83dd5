// A closed <select> on Windows and Linux changes its value on ArrowUp/ArrowDown (and on typed letters), firing
// `change` at each key: the province picker would switch the whole app at every step. Keyboard steps here only
// move the shown choice; Enter, or leaving the list, makes it the value, as a select does on macOS. A pick made
// with the pointer or from the opened list (no step key down when `change` fires) is taken at once.
import type { ChangeEvent, KeyboardEvent } from 'react';
import { useRef, useState } from 'react';

/** The props a <select> spreads to take its keyboard steps on Enter or blur. */
export interface SelectCommitProps {
  value: string;
  onChange(event: ChangeEvent<HTMLSelectElement>): void;
  onKeyDown(event: KeyboardEvent<HTMLSelectElement>): void;
  onKeyUp(): void;
  onBlur(): void;
}

/** A choice stepped to but not yet taken; it belongs to the value it was stepped from. */
interface Pending {
  from: string;
  to: string;
}

/** Wires a select showing `value` so that `commit` runs on a pick, on Enter or on blur, never on a step key. */
export function useSelectCommitOnEnter(value: string, commit: (next: string) => void): SelectCommitProps {
  // State to draw the stepped choice; the ref, because Escape and blur can come in one task before a re-render.
  const [pending, setPending] = useState<Pending | null>(null);
  const pendingRef = useRef<Pending | null>(null);
  const stepKeyDown = useRef(false);
  const setBoth = (next: Pending | null): void => {
    pendingRef.current = next;
    setPending(next);
  };
  // A choice stepped to from another value (the URL changed meanwhile, Back, the search box) is dropped.
  const live = (p: Pending | null): Pending | null => (p !== null && p.from === value ? p : null);
  const take = (): void => {
    const stepped = live(pendingRef.current);
    setBoth(null);
    if (stepped !== null && stepped.to !== value) commit(stepped.to);
  };
  return {
    value: live(pending)?.to ?? value,
    onChange: (event) => {
      const next = event.target.value;
      if (stepKeyDown.current) setBoth({ from: value, to: next });
      else {
        setBoth(null);
        if (next !== value) commit(next);
      }
    },
    onKeyDown: (event) => {
      if (event.key === 'Enter') {
        stepKeyDown.current = false;
        if (live(pendingRef.current) !== null) {
          event.preventDefault();
          take();
        }
        return;
      }
      if (event.key === 'Escape' && live(pendingRef.current) !== null) {
        // Back to the value in use; the key goes on (Escape still closes the phone header's panel).
        setBoth(null);
        return;
      }
      stepKeyDown.current = event.key !== 'Tab';
    },
    onKeyUp: () => {
      stepKeyDown.current = false;
    },
    onBlur: take,
  };
}
