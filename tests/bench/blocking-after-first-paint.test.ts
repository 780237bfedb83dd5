import { describe, expect, test } from 'vitest';
import { blockingAfterFirstPaint } from './blocking-after-first-paint.ts';

const MAIN = { pid: 1, tid: 10 };
const WORKER = { pid: 1, tid: 20 };
const threadNames = [
  { name: 'thread_name', cat: '__metadata', ph: 'M', ts: 0, ...MAIN, args: { name: 'CrRendererMain' } },
  {
    name: 'thread_name',
    cat: '__metadata',
    ph: 'M',
    ts: 0,
    ...WORKER,
    args: { name: 'DedicatedWorker thread' },
  },
];
/** A main-thread task of `ms` starting at `atMs` (trace times are in microseconds). */
const task = (atMs: number, ms: number, thread = MAIN) => ({
  name: 'RunTask',
  cat: 'disabled-by-default-devtools.timeline',
  ph: 'X',
  ts: atMs * 1000,
  dur: ms * 1000,
  ...thread,
});
const mark = (name: string, atMs: number) => ({
  name,
  cat: 'blink.user_timing',
  ph: 'R',
  ts: atMs * 1000,
  ...MAIN,
});

describe('blockingAfterFirstPaint', () => {
  test('counts, at a 4x slowdown, what each main-thread task after the first paint holds past 50 ms', () => {
    const blocking = blockingAfterFirstPaint([
      ...threadNames,
      task(100, 40), // before the first paint: not counted
      mark('firstContentfulPaint', 500),
      task(600, 20), // 80 ms slowed: 30 blocking
      task(700, 10), // 40 ms slowed: none
      task(800, 30, WORKER), // another thread: not counted
      mark('papi:engine-connected', 1_000),
      task(1_200, 15), // 60 ms slowed: 10 blocking, after the engine connected
    ]);
    expect(blocking.render).toBeCloseTo(30);
    expect(blocking.engine).toBeCloseTo(10);
  });

  test('without the engine connecting, every task after the first paint is the render', () => {
    const blocking = blockingAfterFirstPaint([
      ...threadNames,
      mark('firstContentfulPaint', 0),
      task(10, 25),
      task(50, 25),
    ]);
    expect(blocking).toEqual({ render: 100, engine: 0 });
  });

  test('refuses a trace without a first paint', () => {
    expect(() => blockingAfterFirstPaint([...threadNames, task(10, 100)])).toThrow(/first contentful paint/);
  });
});
