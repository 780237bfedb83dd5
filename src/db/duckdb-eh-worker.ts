// DuckDB's exception-handling browser worker, with the hook that lets it use the wasm module the
// page compiled (worker-wasm-hook.ts). Order matters: the hook must run before DuckDB's code, so
// DuckDB's worker script (a classic script) is loaded with importScripts after it.
import ehWorkerScriptUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import './worker-wasm-hook';

(self as unknown as { importScripts(...urls: string[]): void }).importScripts(ehWorkerScriptUrl);
