// The heartbeat notices an engine that stopped answering: a ping that never settles (a killed worker),
// one that fails, never a busy engine that is only slow, and never while the page is hidden.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EngineStoppedError } from '../../src/db/engine-failure.ts';
import {
  BUSY_PING_DEADLINE_MS,
  HEARTBEAT_INTERVAL_MS,
  IDLE_PING_DEADLINE_MS,
  STALL_GRACE_MS,
  startHeartbeat,
  type HeartbeatDeps,
} from '../../src/db/engine-heartbeat.ts';
import type { Connector } from '../../src/db/connector.ts';
import { sql } from '../../src/db/sql.ts';
import { createNodeConnector } from '../helpers/node-duckdb.ts';

const NEVER = new Promise<never>(() => undefined);

let conn: Connector;
beforeAll(async () => {
  conn = await createNodeConnector();
});
afterAll(async () => {
  await conn.close();
});
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function watch(overrides: Partial<HeartbeatDeps> = {}) {
  const stops: EngineStoppedError[] = [];
  let pings = 0;
  const heartbeat = startHeartbeat({
    ping: () => {
      pings += 1;
      return conn.query(sql`SELECT 1 AS one`);
    },
    isBusy: () => false,
    isVisible: () => true,
    onStopped: (error) => stops.push(error),
    ...overrides,
  });
  return { heartbeat, stops, pings: () => pings };
}

describe('engine heartbeat', () => {
  it('keeps quiet while a real engine answers, pinging it every interval', async () => {
    const { heartbeat, stops, pings } = watch();
    await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS * 10);
    expect(pings()).toBe(10);
    expect(stops).toEqual([]);
    heartbeat.stop();
  });

  it('says the engine stopped when a ping gets no answer by the deadline (a killed worker), and only once', async () => {
    const { stops } = watch({ ping: () => NEVER });
    await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS + IDLE_PING_DEADLINE_MS - 1);
    expect(stops).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(stops).toHaveLength(1);
    expect(stops[0]?.reason).toBe('no-answer');
    await vi.advanceTimersByTimeAsync(IDLE_PING_DEADLINE_MS * 10);
    expect(stops).toHaveLength(1);
  });

  it('waits longer for a ping sent while a query was already running', async () => {
    const { stops, heartbeat } = watch({ ping: () => NEVER, isBusy: () => true });
    await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS + IDLE_PING_DEADLINE_MS);
    expect(stops).toEqual([]);
    await vi.advanceTimersByTimeAsync(BUSY_PING_DEADLINE_MS - IDLE_PING_DEADLINE_MS);
    expect(stops.map((stop) => stop.reason)).toEqual(['no-answer']);
    heartbeat.stop();
  });

  it('does not judge a worker that answered other queries after the ping; judges it once it falls silent', async () => {
    let heardAt = Date.now();
    const { stops, heartbeat } = watch({ ping: () => NEVER, lastHeardAt: () => heardAt });
    await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS + IDLE_PING_DEADLINE_MS / 2);
    heardAt = Date.now(); // an answer to the app's connection, halfway to the deadline
    await vi.advanceTimersByTimeAsync(IDLE_PING_DEADLINE_MS / 2);
    expect(stops).toEqual([]);
    await vi.advanceTimersByTimeAsync(IDLE_PING_DEADLINE_MS / 2 - 1);
    expect(stops).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(stops.map((stop) => stop.reason)).toEqual(['no-answer']);
    heartbeat.stop();
  });

  it('gives the busy deadline to a ping overtaken by a query that started after it', async () => {
    let busy = false;
    const { stops, heartbeat } = watch({ ping: () => NEVER, isBusy: () => busy });
    await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS + 1);
    busy = true;
    await vi.advanceTimersByTimeAsync(IDLE_PING_DEADLINE_MS);
    expect(stops).toEqual([]);
    await vi.advanceTimersByTimeAsync(BUSY_PING_DEADLINE_MS - IDLE_PING_DEADLINE_MS);
    expect(stops.map((stop) => stop.reason)).toEqual(['no-answer']);
    heartbeat.stop();
  });

  it('after the page itself was blocked past the deadline, lets the queued answer arrive before judging', async () => {
    let answer: () => void = () => undefined;
    const { stops, heartbeat } = watch({
      ping: () => new Promise<void>((resolve) => (answer = resolve)),
    });
    await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS);
    // The page's thread is blocked for 20 s: the clock moves, the deadline timer fires only afterwards.
    vi.setSystemTime(Date.now() + 20_000);
    await vi.advanceTimersByTimeAsync(IDLE_PING_DEADLINE_MS);
    expect(stops).toEqual([]);
    answer(); // the answer that was queued behind the block
    await vi.advanceTimersByTimeAsync(STALL_GRACE_MS * 2);
    expect(stops).toEqual([]);
    heartbeat.stop();
  });

  it('says the engine stopped when a ping fails, with what the engine said', async () => {
    const { stops } = watch({
      ping: () =>
        Promise.reject(Object.assign(new Error('table index is out of bounds'), { name: 'RuntimeError' })),
    });
    await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS);
    expect(stops.map((stop) => [stop.reason, stop.detail])).toEqual([
      ['fatal-error', 'table index is out of bounds'],
    ]);
  });

  it('does not ping a hidden page, and check() pings at once', async () => {
    let visible = false;
    const { heartbeat, stops, pings } = watch({ isVisible: () => visible });
    await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS * 3);
    expect(pings()).toBe(0);
    heartbeat.check();
    expect(pings()).toBe(1);
    visible = true;
    await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS);
    expect(pings()).toBe(2);
    expect(stops).toEqual([]);
    heartbeat.stop();
  });
});
