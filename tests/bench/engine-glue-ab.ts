// What DuckDB's start costs once its wasm is instantiated, build against build: per first visit, from the end of
// V8's instantiation of the wasm (the trace's last wasm.AsyncInstantiate) to the app's papi:engine-instantiated mark,
// the span of Emscripten's glue over the module's exports and DuckDB's static constructors. Read from a Chromium
// trace, so the download and compile before it, which vary from run to run by hundreds of ms, are not in it: a
// change to the worker's glue (src/server/duckdb-worker-patches.ts) shows here when whole visits cannot show it.
// DIRS=/tmp/dist-before,/tmp/dist-after RUNS=6 npx tsx tests/bench/engine-glue-ab.ts

import type { Page } from 'playwright-core';
import { alternateBuilds, buildsToCompare } from './alternating-builds.ts';
import { median } from './bench-kit.ts';
import { startTrace, type TraceEvent } from './wasm-trace.ts';

const ENGINE_INSTANTIATED_MARK = 'papi:engine-instantiated';

const { dirs, runs } = buildsToCompare(6);

/** ms from the wasm's instantiation to the engine-instantiated mark in `events`; null when either is missing. */
function glueMs(events: readonly TraceEvent[]): number | null {
  const instantiated = events.filter((event) => event.name === 'wasm.AsyncInstantiate').at(-1);
  const mark = events.find((event) => event.name === ENGINE_INSTANTIATED_MARK);
  if (instantiated === undefined || mark === undefined) return null;
  return (mark.ts - instantiated.ts - (instantiated.dur ?? 0)) / 1000;
}

async function tracedFirstVisit(page: Page, origin: string): Promise<number | null> {
  const stopTrace = await startTrace(await page.context().newCDPSession(page), [
    'v8.wasm',
    'blink.user_timing',
  ]);
  await page.goto(`${origin}/`);
  await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark).length > 0,
    ENGINE_INSTANTIATED_MARK,
    {
      timeout: 180_000,
    },
  );
  return glueMs(await stopTrace());
}

async function main(): Promise<void> {
  const spans = await alternateBuilds(
    dirs,
    runs,
    async (server, browser) => tracedFirstVisit(await browser.context.newPage(), server.origin),
    (span) => (span === null ? 'not traced' : `${Math.round(span)} ms`),
  );
  for (const [i, dir] of dirs.entries()) {
    const all = (spans[i] ?? []).filter((span) => span !== null).sort((a, b) => a - b);
    console.log(
      `${dir}: median ${Math.round(median(all) ?? Number.NaN)} ms (${all.map((ms) => Math.round(ms)).join(', ')})`,
    );
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
