// Settings both connectors apply right after connecting.

/**
 * Only core DuckDB is linked into the wasm bundles: with autoload on, a query needing an
 * extension (parquet, json, icu) would fetch it from the internet and fail cryptically offline.
 */
const EXTENSION_SETTINGS_SQL = 'SET autoinstall_known_extensions=false; SET autoload_known_extensions=false;';

/** The folder every file the app hands DuckDB is registered under: the only path DuckDB may read. */
export const REGISTERED_FILES_DIR = '/papi-files/';

/** The path a registered file is known by in SQL (read_csv) and when registered. */
export const registeredFilePath = (name: string): string => `${REGISTERED_FILES_DIR}${name}`;

/**
 * No file or URL outside the registered files: the SQL console's guard refuses statements that name one,
 * and this is the second line, in the engine itself, should a statement slip past the guard. Set last:
 * once external access is off it cannot be turned back on while the engine runs.
 */
export const ENGINE_LOCKDOWN_SQL = `SET allowed_directories=['${REGISTERED_FILES_DIR}']; SET enable_external_access=false;`;

/**
 * The most memory DuckDB may take before it refuses a query with an "Out of Memory Error". The wasm heap
 * cannot grow past 4 GiB, and DuckDB's default (80 % of it, 3.1 GiB) leaves too little for what it does not
 * count (results handed to JS, allocations outside its buffer pool): a runaway console query reached the
 * wall and broke the engine. Half the heap keeps that margin, and the app's data (tens of MB, a large import
 * a few hundred MB while it applies) fits many times over. A database-wide setting: DuckDB refuses to set
 * memory_limit for one connection ("cannot be set locally"), so the console's connection has it too.
 */
export const ENGINE_MEMORY_LIMIT = '2GiB';

const MEMORY_SETTINGS_SQL = `SET memory_limit='${ENGINE_MEMORY_LIMIT}';`;

export const ENGINE_SETUP_SQL = `${EXTENSION_SETTINGS_SQL} ${MEMORY_SETTINGS_SQL} ${ENGINE_LOCKDOWN_SQL}`;

/** Query options for `db.open`: counts as plain numbers, decimals as doubles. */
export const ENGINE_QUERY_CONFIG = { castBigIntToDouble: true, castDecimalToDouble: true } as const;
