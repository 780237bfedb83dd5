// Runs in DuckDB's worker before DuckDB's own code (duckdb-eh-worker.ts loads DuckDB's script after
// it). DuckDB would only start downloading its 33 MB wasm once its 750 KB worker script has loaded
// and parsed and the page has sent it the instantiate request; this starts the download and a
// streaming compile the moment the worker starts, and hands DuckDB the compiled module.

import ehWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import { WASM_PROGRESS_MESSAGE, type WasmProgressMessage } from './wasm-progress-message';

const post = (bytesLoaded: number, bytesTotal: number): void => {
  const message: WasmProgressMessage = { type: WASM_PROGRESS_MESSAGE, bytesLoaded, bytesTotal };
  self.postMessage(message);
};

/** Reads a clone of the response to report bytes loaded (at most one message per 50 ms). */
function reportProgress(response: Response): void {
  const reader = response.body?.getReader();
  if (reader === undefined) return;
  const bytesTotal = Number(response.headers.get('content-length')) || 0;
  let bytesLoaded = 0;
  let reportedAt = 0;
  const pump = async (): Promise<void> => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytesLoaded += value.byteLength;
      const now = performance.now();
      if (now - reportedAt >= 50) {
        reportedAt = now;
        post(bytesLoaded, bytesTotal);
      }
    }
    post(bytesLoaded, bytesTotal);
  };
  pump().catch(() => undefined);
}

/** The compiled module, or null if anything failed (DuckDB then fetches and compiles as usual). */
const earlyModule: Promise<WebAssembly.Module | null> = (async () => {
  try {
    const response = await fetch(ehWasmUrl);
    if (!response.ok) return null;
    reportProgress(response.clone());
    return await WebAssembly.compileStreaming(response);
  } catch {
    return null;
  }
})();

const isWasmRequest = (input: RequestInfo | URL): boolean => {
  const url = input instanceof Request ? input.url : String(input);
  return /\.wasm(\?|#|$)/.test(url);
};

const originalFetch = self.fetch.bind(self);
self.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  // With the early module there is nothing left to download: hand DuckDB an empty body.
  if (isWasmRequest(input) && (await earlyModule) !== null) return new Response(null);
  return originalFetch(input, init);
};

const originalInstantiateStreaming = WebAssembly.instantiateStreaming.bind(WebAssembly);
WebAssembly.instantiateStreaming = async (
  source: Response | PromiseLike<Response>,
  imports?: WebAssembly.Imports,
): Promise<WebAssembly.WebAssemblyInstantiatedSource> => {
  const module = await earlyModule;
  if (module === null) return originalInstantiateStreaming(source, imports);
  return { module, instance: await WebAssembly.instantiate(module, imports) };
};
