// The heartbeat: while the page is visible, a trivial query every few seconds. A worker that was killed
// answers nothing and rejects nothing (DuckDB-WASM's pending calls just never settle), so silence past a
// deadline is how its death is noticed. A query running holds the worker (app queries run in one
// synchronous call), so a ping while the engine is busy gets a longer deadline. Silence is the worker's,
// not the ping's: any message from the worker since the ping proves it alive, and a deadline timer that
// fires late (the page's own thread was blocked, on a loaded machine) first lets queued answers arrive.

import { EngineStoppedError } from './engine-failure.ts';

/** How often the engine is pinged while the page is visible. */
export const HEARTBEAT_INTERVAL_MS = 5_000;
/** How long an idle engine may take to answer `SELECT 1`. */
export const IDLE_PING_DEADLINE_MS = 10_000;
/**
 * How long a ping may wait behind a query that was already running. From outside, a worker busy with one
 * long statement and a dead worker look the same (neither answers), and a view's query sent just after the
 * worker died stays "running" for ever, so this bounds how long a user waits to be told: no statement of
 * the app takes near this long (the 49 MB import's take a few seconds each, in ~16 s in all).
 */
export const BUSY_PING_DEADLINE_MS = 30_000;
/**
 * How late a deadline timer may fire before it counts as a stall of the page's own thread; after one, the
 * answers queued behind it get this long to arrive before the worker is judged.
 */
export const STALL_GRACE_MS = 1_000;

/** The deadline of one ping, from whether the engine was already running something when it was sent. */
export function pingDeadlineMs(busyWhenSent: boolean): number {
  return busyWhenSent ? BUSY_PING_DEADLINE_MS : IDLE_PING_DEADLINE_MS;
}

export interface HeartbeatDeps {
  /** A trivial query on the engine; any rejection means the engine is broken. */
  ping: () => Promise<unknown>;
  /** Whether an app query is running right now. */
  isBusy: () => boolean;
  /** Whether the page is visible (a hidden tab is not pinged). */
  isVisible: () => boolean;
  /** Called once, when the engine is found stopped. */
  onStopped: (error: EngineStoppedError) => void;
  /** When the worker last sent anything (Date.now() ms); default: only the ping's answer counts. */
  lastHeardAt?: () => number;
  intervalMs?: number;
}

export interface Heartbeat {
  /** Pings now (unless a ping is already waiting), e.g. after a query hit the memory limit. */
  check(): void;
  stop(): void;
}

/** Starts pinging; stops by itself once the engine is found stopped. */
export function startHeartbeat(deps: HeartbeatDeps): Heartbeat {
  let stopped = false;
  let waiting = false;
  let deadline: ReturnType<typeof setTimeout> | undefined;

  const stop = (): void => {
    stopped = true;
    clearInterval(interval);
    clearTimeout(deadline);
  };
  const found = (error: EngineStoppedError): void => {
    if (stopped) return;
    stop();
    deps.onStopped(error);
  };
  const check = (): void => {
    if (stopped || waiting) return;
    waiting = true;
    const sentAt = Date.now();
    const busyWhenSent = deps.isBusy();
    const arm = (delayMs: number): void => {
      const dueAt = Date.now() + delayMs;
      deadline = setTimeout(() => expire(dueAt), delayMs);
    };
    const expire = (dueAt: number): void => {
      if (stopped || !waiting) return;
      const now = Date.now();
      if (now - dueAt > STALL_GRACE_MS) return arm(STALL_GRACE_MS);
      // A query that started after the ping holds the worker as much as one already running.
      const allowedMs = pingDeadlineMs(busyWhenSent || deps.isBusy());
      const silentMs = now - Math.max(sentAt, deps.lastHeardAt?.() ?? sentAt);
      if (silentMs < allowedMs) return arm(allowedMs - silentMs);
      found(new EngineStoppedError('no-answer', `no answer from the engine within ${allowedMs} ms`));
    };
    arm(pingDeadlineMs(busyWhenSent));
    deps.ping().then(
      () => {
        waiting = false;
        clearTimeout(deadline);
      },
      (error: unknown) =>
        found(new EngineStoppedError('fatal-error', error instanceof Error ? error.message : String(error))),
    );
  };
  const interval = setInterval(() => {
    if (deps.isVisible()) check();
  }, deps.intervalMs ?? HEARTBEAT_INTERVAL_MS);
  return { check, stop };
}
