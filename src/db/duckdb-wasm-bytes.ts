// The decompressed size of each DuckDB wasm, measured from the package's files when Vite starts
// (vite.config.ts defines __DUCKDB_WASM_BYTES__). The download bar needs it: the browser hands
// DuckDB the body decompressed, while a brotli or gzip response's Content-Length counts compressed bytes.

declare const __DUCKDB_WASM_BYTES__: { readonly eh: number; readonly mvp: number } | undefined;

/** Bytes of the eh and mvp wasm as served decompressed, or null where Vite did not define them. */
export const DUCKDB_WASM_BYTES: { readonly eh: number; readonly mvp: number } | null =
  typeof __DUCKDB_WASM_BYTES__ === 'undefined' ? null : __DUCKDB_WASM_BYTES__;
