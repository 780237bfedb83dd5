// DuckDB's worker starts as duckdb-worker-entry.js?script=<DuckDB's worker>&wasm=<its wasm>, and the entry
// reads its own location's query. A precached response would hand the worker the URL without that query, so
// this one request is served from a runtime cache keyed by its full URL (vite.config.ts), which the page fills.

/** The cache holding the worker entry under its full URL (query included). */
export const WORKER_ENTRY_CACHE_NAME = 'papi-duckdb-worker-entry';

/** Matches the worker entry's URL (any hash, with its query, which starts with ?script=). */
export const WORKER_ENTRY_PATTERN = /\/duckdb-worker-entry-[\w-]+\.js\?script=/;
