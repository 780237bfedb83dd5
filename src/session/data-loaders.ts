// What the data session runs once the engine is up: the bundled load (a start's from the bundled database) and the
// re-apply of the imports kept in this browser (whose readers load only when a file is kept), with the SQL they need.
// A chunk of its own (database-start.ts imports it lazily, fetched alongside the engine), so the page's first figures
// do not wait for code that only runs after the engine has started.
export { loadBundledData } from '../ingest/load-bundled-data.ts';
export { buildDerivedTables } from '../ingest/load-tables.ts';
export { DERIVED_TABLES_MARK, startWithBundledData } from '../ingest/start-with-bundled-data.ts';
export { reapplyKeptImports } from './reapply-kept-imports.ts';
