// A thin wrapper around DuckDB's stock worker script (passed as ?script=, same origin only). It reports a
// failed start: when the wasm download fails inside instantiate(), DuckDB's worker leaves an unhandled promise
// rejection and the page's instantiate() never settles; rethrown as an uncaught error, it reaches the page's
// Worker 'error' event, where start-up turns it into an EngineLoadError. And it installs the wasm handoff
// (wasm-code-cache.ts), which starts fetching and compiling the wasm named by ?wasm= at once, and tells the page when
// that download is over (wasm-download-report.ts).

import { installWasmCodeCacheHandoff } from './wasm-code-cache.ts';
import { reportWasmDownloaded } from './wasm-download-report.ts';

const workerScope = self as unknown as {
  location: Location;
  importScripts(...urls: string[]): void;
  addEventListener(type: 'unhandledrejection', listener: (event: PromiseRejectionEvent) => void): void;
};

workerScope.addEventListener('unhandledrejection', (event) => {
  const reason: unknown = event.reason;
  setTimeout(() => {
    throw reason instanceof Error ? reason : new Error(String(reason));
  });
});

const script = new URLSearchParams(workerScope.location.search).get('script');
if (script === null) throw new Error('DuckDB worker entry: missing ?script=');
const scriptUrl = new URL(script, workerScope.location.href);
if (scriptUrl.origin !== workerScope.location.origin)
  throw new Error('DuckDB worker entry: script must be same-origin');
// The wasm's URL (optional): its fetch and compile start now, while DuckDB's script loads.
const wasm = new URLSearchParams(workerScope.location.search).get('wasm') ?? undefined;
installWasmCodeCacheHandoff(
  self as unknown as Parameters<typeof installWasmCodeCacheHandoff>[0],
  workerScope.location.origin,
  wasm === undefined ? undefined : new URL(wasm, workerScope.location.href).href,
);
reportWasmDownloaded(
  self as unknown as Parameters<typeof reportWasmDownloaded>[0],
  workerScope.location.origin,
);
workerScope.importScripts(scriptUrl.href);
