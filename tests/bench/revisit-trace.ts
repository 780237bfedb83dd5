// A first and a second visit of the built app in one persistent Chromium profile with the service worker
// registered, the browser closed in between (a user coming back the next day), printing when each visit's
// first figure showed, whether it was the build-time seed (before the engine's data-ready mark) and what
// the wasm compile cost, from a Chromium trace of the visit. Run after a build:
// npx tsx tests/bench/revisit-trace.ts [visits, default 2]

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serveDist } from '../../src/server/serve-dist.ts';
import {
  DATA_READY_MARK,
  readTimeline,
  READER_GOES_TO_CHART_SCRIPT,
  TIMELINE_INIT_SCRIPT,
  waitForApp,
} from '../e2e/helpers/app.ts';
import { launchGuarded } from '../e2e/helpers/browser.ts';
import { DIST_DIR } from '../e2e/helpers/server.ts';
import { startTrace, wasmCompile, type TraceEvent } from './wasm-trace.ts';

const DETAILED_CATEGORIES = ['v8.wasm', 'disabled-by-default-v8.wasm.detailed', 'devtools.timeline'];

/** The wasm events worth reading: compile, cache hit or miss, deserialisation. */
function wasmSummary(events: TraceEvent[]): string[] {
  const wanted = /wasm/i;
  const byName = new Map<string, { count: number; total: number }>();
  for (const e of events) {
    if (!wanted.test(e.name) && !wanted.test(e.cat)) continue;
    const entry = byName.get(e.name) ?? { count: 0, total: 0 };
    entry.count += 1;
    entry.total += (e.dur ?? 0) / 1000;
    byName.set(e.name, entry);
  }
  return [...byName.entries()]
    .sort((a, b) => b[1].total - a[1].total)
    .slice(0, 25)
    .map(([name, { count, total }]) => `${name} x${count} ${total.toFixed(0)} ms`);
}

async function visit(page: Page, origin: string, label: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const stopTrace = await startTrace(cdp, DETAILED_CATEGORIES);
  await page.goto(`${origin}/`, { waitUntil: 'commit' });
  await waitForApp(page, 180_000);
  const marks = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('papi:'))
        .map((m) => [m.name, Math.round(m.startTime)]),
    ),
  );
  const resources = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e as PerformanceResourceTiming)
      .filter((e) => /first-screen|\.wasm|index-/.test(e.name))
      .map(
        (e) =>
          `${new URL(e.name).pathname.slice(0, 40)} start ${Math.round(e.startTime)} end ${Math.round(e.responseEnd)} sw ${e.workerStart > 0} transfer ${e.transferSize}`,
      ),
  );
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  // Let V8 write the compiled module to the code cache before the trace ends (it caches after tiering up).
  await page.waitForTimeout(6000);
  const events = await stopTrace();
  writeFileSync(join(tmpdir(), `papi-revisit-${label.replace(/\W+/g, '-')}.json`), JSON.stringify(events));
  const t = await readTimeline(page);
  const ready = marks[DATA_READY_MARK] ?? null;
  console.log(
    `${label}: frame ${Math.round(t.frame ?? -1)} total ${Math.round(t.total ?? -1)} chart ${Math.round(t.chart ?? -1)} ` +
      `data-ready ${ready ?? '—'} seed shown ${t.total !== null && ready !== null && t.total < ready} controlled ${controlled}`,
  );
  console.log(`  marks ${JSON.stringify(marks)}`);
  for (const r of resources) console.log(`  ${r}`);
  const compile = wasmCompile(events);
  console.log(
    `  wasm compile ${compile.compileMs === null ? '—' : Math.round(compile.compileMs)} ms, from the code cache: ${compile.fromCodeCache}, ${compile.streamingCompiles} streaming compile(s); ` +
      `${compile.lazyFunctions} functions compiled lazily in ${Math.round(compile.lazyCompileMs)} ms`,
  );
  for (const line of wasmSummary(events)) console.log(`  trace ${line}`);
}

async function main(): Promise<void> {
  const visits = Math.max(2, Number(process.argv[2] ?? 2));
  const server = await serveDist(DIST_DIR, 0);
  const profile = mkdtempSync(join(tmpdir(), 'papi-revisit-'));
  try {
    for (let i = 0; i < visits; i++) {
      // A new browser each time on the same profile: the service worker, caches and IndexedDB stay.
      const browser = await launchGuarded({
        origin: server.origin,
        userDataDir: profile,
        observeOnly: true,
        measuresSpeed: true,
      });
      try {
        await browser.context.addInitScript('window.__papiServiceWorkerUnderTest = true;');
        await browser.context.addInitScript(TIMELINE_INIT_SCRIPT);
        await browser.context.addInitScript(READER_GOES_TO_CHART_SCRIPT);
        const page = await browser.context.newPage();
        await visit(page, server.origin, `visit ${i + 1}`);
        if (i === 0) {
          // As the bench's first visit ends: a province switch answered live.
          await page.selectOption('[data-testid="province-select"]', 'P01');
          await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
          await page.waitForFunction(async () => (await caches.keys()).length >= 2, null, {
            timeout: 120_000,
          });
          await page.waitForTimeout(3000);
        }
        await page.close();
        // The same browser again (the bench's second visit).
        const again = await browser.context.newPage();
        await visit(again, server.origin, `visit ${i + 1}, same browser again`);
        await again.close();
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
