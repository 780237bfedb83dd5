// The URL of DuckDB's exception-handling worker script: in a build, the patched copy the build emits
// (vite.config.ts's papi-patched-duckdb-worker plugin, src/server/duckdb-worker-patches.ts); elsewhere the stock one.
declare module 'virtual:duckdb-eh-worker-url' {
  const url: string;
  export default url;
}
