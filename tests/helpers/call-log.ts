// A listener that keeps its calls, and a promise that they reached a count: a test waits for the event itself
// (a channel's message, a stream's end) instead of a fixed time, and a missing event fails it with what came.

/** How long an event that takes a few milliseconds may take: generous, so a busy machine does not fail a test. */
export const EVENT_TIMEOUT_MS = 10_000;

export interface CallLog<T> {
  /** The listener to hand the code under test. */
  readonly record: (value: T) => void;
  /** What the listener was called with, in order. */
  readonly calls: readonly T[];
  /** Resolves once `count` calls are in; rejects after `timeoutMs` saying how many came. */
  called(count: number, timeoutMs?: number): Promise<void>;
}

/** A new call log, empty. */
export function createCallLog<T = void>(): CallLog<T> {
  const calls: T[] = [];
  const waiting = new Set<() => void>();
  return {
    calls,
    record: (value) => {
      calls.push(value);
      waiting.forEach((check) => check());
    },
    called: (count, timeoutMs = EVENT_TIMEOUT_MS) =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          if (calls.length < count) return;
          clearTimeout(timer);
          waiting.delete(check);
          resolve();
        };
        const timer = setTimeout(() => {
          waiting.delete(check);
          reject(new Error(`${calls.length} of ${count} expected calls within ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.add(check);
        check();
      }),
  };
}
