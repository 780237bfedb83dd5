// The engine's first, synchronous step, taken before DuckDB's JS (a lazy chunk) has loaded: pick
// the bundle and start DuckDB's worker, so its script loads while the page fetches the rest.
// Kept free of @duckdb/duckdb-wasm imports on purpose.

import { selectEngineBundle, type EngineBundle } from './duckdb-bundles';

export interface EngineBoot {
  bundle: EngineBundle;
  worker: Worker;
}

let booted: EngineBoot | null = null;

/** Starts DuckDB's worker, once. */
export function bootEngine(): EngineBoot {
  if (booted !== null) return booted;
  const bundle = selectEngineBundle();
  booted = { bundle, worker: new Worker(bundle.mainWorker) };
  return booted;
}
