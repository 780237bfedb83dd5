// The Plan view unmounts while the data an import changed loads again, so what the reporting cycle panel
// must keep across that (the chosen period and due date, the last "Nhận báo cáo" outcome) lives here, for
// this page's life only, with a subscription so a panel mounted meanwhile sees an outcome that arrives later.
import { useSyncExternalStore } from 'react';
import type { ImportAndKeepResult } from '../../session/import-and-keep.ts';

/** The last receive: its result, or the engine's error. */
export type ReceiveOutcome = ImportAndKeepResult | { error: string };

/** The period and due date chosen in this page's life (null: not chosen yet, the defaults apply). */
export const rememberedCycle: { period: string | null; dueDate: string | null } = {
  period: null,
  dueDate: null,
};

let lastReceive: ReceiveOutcome | null = null;
const listeners = new Set<() => void>();

/** Records the last receive's outcome (null clears it) for every mounted panel. */
export function rememberReceive(outcome: ReceiveOutcome | null): void {
  lastReceive = outcome;
  for (const listener of listeners) listener();
}

/** The last receive's outcome, kept across the view's remounts. */
export function useLastReceive(): ReceiveOutcome | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => lastReceive,
  );
}
