// How long the main thread blocks input after the first paint, close to how Lighthouse's mobile run counts it,
// over alternating first visits of one or more builds. Lighthouse runs the page at full speed, multiplies each
// task by its 4x CPU slowdown and counts what exceeds 50 ms, so one Lighthouse run of this page reads anywhere
// from 180 to 650 ms and only many visits tell a change of a few tens. Unlike Lighthouse, a task that starts
// before the first paint is left out whole, and the count ends 1.5 s after the data-ready mark, not at its
// time to interactive: a figure to compare builds by, not Lighthouse's own. Each visit is traced at 412 × 823
// (Lighthouse's phone) and the sum is split at the engine's connection: the first screen's render, then the
// engine's start and the seed's handover.
// Run after builds: DIRS=dist,/tmp/dist-other RUNS=12 npx tsx tests/bench/blocking-after-first-paint.ts

import { serveDist } from '../../src/server/serve-dist.ts';
import { DATA_READY_MARK } from '../e2e/helpers/app.ts';
import { launchGuarded } from '../e2e/helpers/browser.ts';
import { DIST_DIR } from '../e2e/helpers/server.ts';
import { startTrace, type TraceEvent } from './wasm-trace.ts';

/** Lighthouse's mobile CPU slowdown, and the part of a task that does not count as blocking. */
const SLOWDOWN = 4;
const BLOCKING_FROM_MS = 50;
const ENGINE_CONNECTED_MARK = 'papi:engine-connected';
const PHONE = { width: 412, height: 823 };
/** After the data-ready mark, what the page still does (the handover's renders) is counted for this long. */
const SETTLE_MS = 1_500;

interface ThreadEvent extends TraceEvent {
  pid: number;
  tid: number;
  args?: { name?: string };
}

export interface Blocking {
  /** From the first contentful paint to the engine's connection: the first screen's render. */
  render: number;
  /** From the engine's connection on: its start, the seed's handover, the first live answers. */
  engine: number;
}

/** The blocking time (ms) of the main thread's tasks after the first contentful paint, `slowdown` applied. */
export function blockingAfterFirstPaint(events: readonly ThreadEvent[], slowdown = SLOWDOWN): Blocking {
  const mainThreads = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const firstPaint = events.find((e) => e.name === 'firstContentfulPaint')?.ts;
  if (firstPaint === undefined) throw new Error('The trace has no first contentful paint.');
  const connected = events.find((e) => e.name === ENGINE_CONNECTED_MARK)?.ts ?? Infinity;
  const blocking: Blocking = { render: 0, engine: 0 };
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || e.ts < firstPaint || !mainThreads.has(`${e.pid}:${e.tid}`))
      continue;
    const blocked = Math.max(0, (slowdown * (e.dur ?? 0)) / 1000 - BLOCKING_FROM_MS);
    if (e.ts < connected) blocking.render += blocked;
    else blocking.engine += blocked;
  }
  return blocking;
}

async function tracedFirstVisit(dir: string): Promise<Blocking> {
  const server = await serveDist(dir, 0);
  const browser = await launchGuarded({ origin: server.origin, observeOnly: true, measuresSpeed: true });
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize(PHONE);
    const cdp = await browser.context.newCDPSession(page);
    const stop = await startTrace(cdp, [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink.user_timing',
      'loading',
      '__metadata',
    ]);
    await page.goto(`${server.origin}/`, { waitUntil: 'commit' });
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, DATA_READY_MARK, {
      timeout: 120_000,
      polling: 50,
    });
    await page.waitForTimeout(SETTLE_MS);
    return blockingAfterFirstPaint((await stop()) as ThreadEvent[]);
  } finally {
    await browser.close();
    await server.close();
  }
}

const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function main(): Promise<void> {
  const dirs = (process.env.DIRS ?? DIST_DIR).split(',');
  const runs = Number(process.env.RUNS ?? 5);
  const results = new Map<string, Blocking[]>(dirs.map((dir) => [dir, []]));
  for (let run = 0; run < runs; run += 1) {
    for (const dir of dirs) {
      const blocking = await tracedFirstVisit(dir);
      results.get(dir)?.push(blocking);
      console.log(
        `${dir} run ${run + 1}: render ${blocking.render.toFixed(0)} ms, engine ${blocking.engine.toFixed(0)} ms`,
      );
    }
  }
  for (const [dir, list] of results) {
    const render = list.map((b) => b.render);
    const engine = list.map((b) => b.engine);
    console.log(
      `${dir}: render mean ${mean(render).toFixed(0)} ms (median ${median(render).toFixed(0)}), ` +
        `engine mean ${mean(engine).toFixed(0)} ms (median ${median(engine).toFixed(0)}), ${list.length} visits`,
    );
  }
}

if (process.argv[1]?.endsWith('blocking-after-first-paint.ts')) await main();
