// DuckDB-WASM bundles, self-hosted: Vite copies the wasm and worker files into the build and
// hands back their URLs. Never a CDN (getJsDelivrBundles): the app must work on a closed network.

import type { DuckDBBundles } from '@duckdb/duckdb-wasm';
import ehWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';

/** The MVP and exception-handling bundles; `selectBundle` picks what the browser supports. */
export const SELF_HOSTED_BUNDLES: DuckDBBundles = {
  mvp: { mainModule: mvpWasmUrl, mainWorker: mvpWorkerUrl },
  eh: { mainModule: ehWasmUrl, mainWorker: ehWorkerUrl },
};
