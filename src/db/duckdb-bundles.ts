// DuckDB-WASM bundles, self-hosted: Vite copies the wasm and worker files into the build and
// hands back their URLs. Never a CDN (getJsDelivrBundles): the app must work on a closed network.
// The exception-handling bundle (every current browser) runs in our own worker entry, which can
// take the wasm module compiled by the page (see engine-boot.ts); index.html preloads its wasm.

import ehWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWorkerUrl from './duckdb-eh-worker.ts?worker&url';

export interface EngineBundle {
  /** 'eh' takes a module compiled by the page; 'mvp' fetches and compiles in its worker. */
  kind: 'eh' | 'mvp';
  mainModule: string;
  mainWorker: string;
}

/** The MVP and exception-handling bundles. */
export const SELF_HOSTED_BUNDLES: Record<'eh' | 'mvp', EngineBundle> = {
  mvp: { kind: 'mvp', mainModule: mvpWasmUrl, mainWorker: mvpWorkerUrl },
  eh: { kind: 'eh', mainModule: ehWasmUrl, mainWorker: ehWorkerUrl },
};

// The smallest module using a wasm exception (try/catch): DuckDB's own feature test.
const EXCEPTIONS_TEST = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11,
]);

/** What DuckDB's `selectBundle` would pick (we never use its threaded 'coi' build), synchronously. */
export function selectEngineBundle(): EngineBundle {
  let exceptions = false;
  try {
    exceptions = WebAssembly.validate(EXCEPTIONS_TEST);
  } catch {
    exceptions = false;
  }
  return exceptions ? SELF_HOSTED_BUNDLES.eh : SELF_HOSTED_BUNDLES.mvp;
}
