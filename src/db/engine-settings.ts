// Settings both connectors apply right after connecting.

/**
 * Only core DuckDB is linked into the wasm bundles: with autoload on, a query needing an
 * extension (parquet, json, icu) would fetch it from the internet and fail cryptically offline.
 */
export const ENGINE_SETUP_SQL =
  'SET autoinstall_known_extensions=false; SET autoload_known_extensions=false;';

/** Query options for `db.open`: counts as plain numbers, decimals as doubles. */
export const ENGINE_QUERY_CONFIG = { castBigIntToDouble: true, castDecimalToDouble: true } as const;
