// DuckDB's wasm compile as Chromium traces it (category v8.wasm): how long the streaming compile took,
// from its start to the end of wasm.FinishStreaming (on a code-cache hit, the deserialisation happens
// there), the functions V8 compiled lazily while the engine ran (wasm.CompileLazy: the first visit's
// streaming compile only validates, each function is compiled when first called), and whether V8 took
// the compiled code from the cache (a wasm.Deserialize event). The benchmark and
// tests/bench/revisit-trace.ts record it per visit.

import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
}

export interface WasmCompile {
  /** ms from the streaming compile's start to the end of FinishStreaming; null when none was traced. */
  compileMs: number | null;
  /** Functions compiled lazily while the engine ran, and the time that took (ms, summed). */
  lazyFunctions: number;
  lazyCompileMs: number;
  /** Whether V8 deserialised cached code instead of compiling. */
  fromCodeCache: boolean;
  /** Streaming compiles started: one a visit, or the wasm was fetched and compiled twice. */
  streamingCompiles: number;
}

export const WASM_TRACE_CATEGORIES = ['v8.wasm'];

/** Starts tracing through `cdp` (a page's session: its dedicated workers are traced too); the returned function stops and hands back the events. */
export async function startTrace<Event = TraceEvent>(
  cdp: CDPSession,
  categories: readonly string[] = WASM_TRACE_CATEGORIES,
): Promise<() => Promise<Event[]>> {
  const events: Event[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as Event[])));
  await cdp.send('Tracing.start', { categories: categories.join(','), transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

/** The largest wasm module's compile (the 33 MB DuckDB one: the last streaming compile started). */
export function wasmCompile(events: readonly TraceEvent[]): WasmCompile {
  const starts = events.filter((e) => e.name === 'wasm.StartStreamingCompilation');
  const start = starts.at(-1);
  const finish = events.filter((e) => e.name === 'wasm.FinishStreaming' && e.ts >= (start?.ts ?? 0)).at(0);
  const lazy = events.filter((e) => e.name === 'wasm.CompileLazy');
  return {
    compileMs: start && finish ? (finish.ts + (finish.dur ?? 0) - start.ts) / 1000 : null,
    lazyFunctions: lazy.length,
    lazyCompileMs: lazy.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000,
    fromCodeCache: events.some((e) => e.name === 'wasm.Deserialize'),
    streamingCompiles: starts.length,
  };
}
