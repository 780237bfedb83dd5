// What the page's main thread did in its long tasks, from a Chromium trace (for the long-task bench's
// LONG_TASK_TRACE=1): each task over the threshold with its longest events inside (function calls with
// their script, parsing, layout, garbage collection...), so a long task names its cause.

import type { BrowserContext, Page } from 'playwright-core';

type Cdp = Awaited<ReturnType<BrowserContext['newCDPSession']>>;

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string; readonly data?: Record<string, unknown> };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'toplevel',
].join(',');

export interface Trace {
  readonly stop: () => Promise<void>;
}

/** Starts a trace of `page`; `stop` prints every main-thread task above `thresholdMs` with its longest parts. */
export async function startTrace(
  context: BrowserContext,
  page: Page,
  title: string,
  thresholdMs = 100,
): Promise<Trace> {
  const cdp: Cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return {
    stop: async () => {
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      printLongTasks(events, title, thresholdMs);
    },
  };
}

const describe = (event: TraceEvent): string => {
  const data = event.args?.data ?? {};
  const where = [data.url, data.functionName, data.lineNumber, data.type, data.stackTrace && '']
    .filter((part) => part !== undefined && part !== '')
    .map(String)
    .map((part) => part.split('/').pop())
    .join(' ');
  return `${event.name}${where === '' ? '' : ` (${where})`}`;
};

function printLongTasks(events: readonly TraceEvent[], title: string, thresholdMs: number): void {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (main === undefined) return;
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) / 1000 > thresholdMs);
  console.log(`-- ${title}: main-thread tasks over ${thresholdMs} ms, with their longest parts`);
  const first = Math.min(...onMain.map((e) => e.ts));
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = onMain
      .filter((e) => e !== task && e.ts >= task.ts && e.ts < end && (e.dur ?? 0) >= 10_000)
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
      .slice(0, 8);
    console.log(`${Math.round((task.dur ?? 0) / 1000)} ms at ${Math.round((task.ts - first) / 1000)} ms`);
    for (const part of inside) console.log(`   ${Math.round((part.dur ?? 0) / 1000)} ms  ${describe(part)}`);
  }
}
