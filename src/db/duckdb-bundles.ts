// DuckDB-WASM bundles, self-hosted: Vite copies the wasm and worker files into the build and
// hands back their URLs. Never a CDN (getJsDelivrBundles): the app must work on a closed network.
// The exception-handling worker is built patched (vite.config.ts, src/server/duckdb-worker-patches.ts).

import ehWorkerUrl from 'virtual:duckdb-eh-worker-url';
import mvpWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import { DUCKDB_WASM_BYTES } from './duckdb-wasm-bytes.ts';
import workerEntryUrl from './duckdb-worker-entry.ts?worker&url';

export interface EngineBundle {
  kind: 'eh' | 'mvp';
  mainModule: string;
  mainWorker: string;
  /** The wasm's decompressed size in bytes (the download bar's total), or null when unknown. */
  wasmBytes: number | null;
}

/**
 * DuckDB's worker script, run inside our wrapper that reports a failed start and starts on the wasm at once, told
 * its URL (duckdb-worker-entry.ts). Not on the dev server, which serves the wrapper as a module worker (its imports
 * unbundled), where DuckDB's classic script cannot be loaded: there DuckDB's worker runs alone.
 */
const wrappedWorker = (scriptUrl: string, wasmUrl: string): string =>
  import.meta.env.DEV
    ? scriptUrl
    : `${workerEntryUrl}?script=${encodeURIComponent(scriptUrl)}&wasm=${encodeURIComponent(wasmUrl)}`;

/** The MVP and exception-handling bundles. */
export const SELF_HOSTED_BUNDLES: Record<'eh' | 'mvp', EngineBundle> = {
  mvp: {
    kind: 'mvp',
    mainModule: mvpWasmUrl,
    mainWorker: wrappedWorker(mvpWorkerUrl, mvpWasmUrl),
    wasmBytes: DUCKDB_WASM_BYTES?.mvp ?? null,
  },
  eh: {
    kind: 'eh',
    mainModule: ehWasmUrl,
    mainWorker: wrappedWorker(ehWorkerUrl, ehWasmUrl),
    wasmBytes: DUCKDB_WASM_BYTES?.eh ?? null,
  },
};

// The smallest module using a wasm exception (try/catch): DuckDB's own feature test.
const EXCEPTIONS_TEST = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11,
]);

/**
 * What DuckDB's `selectBundle` would pick (we never use its threaded 'coi' build), synchronously and
 * without importing DuckDB's JS, so the worker can start before that chunk has loaded.
 */
export function selectEngineBundle(): EngineBundle {
  let exceptions = false;
  try {
    exceptions = WebAssembly.validate(EXCEPTIONS_TEST);
  } catch {
    exceptions = false;
  }
  return exceptions ? SELF_HOSTED_BUNDLES.eh : SELF_HOSTED_BUNDLES.mvp;
}
