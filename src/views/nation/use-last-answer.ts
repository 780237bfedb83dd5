// A switch to a year or an indicator not asked before waits for the engine. Meanwhile the section keeps
// showing the last answer it had, with the inputs it was asked with (so its heading, its rows and its
// figure stay one consistent picture), instead of a loading line that unmounts the table and the charts and
// draws them from scratch when the answer comes.
import { useState } from 'react';

/** An answer and the inputs it answers. */
export interface ShownAnswer<Inputs, Data> {
  readonly inputs: Inputs;
  readonly data: Data;
}

/** Same value, or two objects with the same own keys holding the same values. */
function sameInputs(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keysA = Object.keys(a);
  return (
    keysA.length === Object.keys(b).length &&
    keysA.every((key) => Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

/**
 * The answer to `inputs` when `data` has come, else the last answer shown (null before the first one); the
 * same object while `data` and `inputs` (compared key by key) stay the same, so it can key a useMemo.
 */
export function useLastAnswer<Inputs, Data>(
  inputs: Inputs,
  data: Data | undefined,
): ShownAnswer<Inputs, Data> | null {
  const [last, setLast] = useState<ShownAnswer<Inputs, Data> | null>(null);
  if (data !== undefined && (last?.data !== data || !sameInputs(last.inputs, inputs))) {
    // React's "adjust state while rendering": it renders again at once with the new answer, before any commit.
    const next = { inputs, data };
    setLast(next);
    return next;
  }
  return last;
}
