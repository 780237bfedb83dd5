// The engine's first, synchronous step, taken before DuckDB's JS (a lazy chunk) has loaded: pick
// the bundle and start its worker, which (for the 'eh' bundle) at once downloads and compiles the
// wasm (worker-wasm-hook.ts). Kept free of @duckdb/duckdb-wasm imports on purpose.

import { selectEngineBundle, type EngineBundle } from './duckdb-bundles';
import { isWasmProgressMessage } from './wasm-progress-message';

export interface EngineBoot {
  bundle: EngineBundle;
  worker: Worker;
  /** Subscribes to the worker's download progress ('eh' only; the latest value is replayed); returns unsubscribe. */
  onProgress(listener: (progress: { bytesLoaded: number; bytesTotal: number }) => void): () => void;
}

let booted: EngineBoot | null = null;

/** Starts the worker (and with it the wasm download + compile), once. */
export function bootEngine(): EngineBoot {
  if (booted !== null) return booted;
  const bundle = selectEngineBundle();
  const worker = new Worker(bundle.mainWorker);
  const listeners = new Set<(progress: { bytesLoaded: number; bytesTotal: number }) => void>();
  let latest: { bytesLoaded: number; bytesTotal: number } | null = null;
  // Added before AsyncDuckDB's listener: our messages never reach DuckDB (which would warn about them).
  worker.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (!isWasmProgressMessage(event.data)) return;
    event.stopImmediatePropagation();
    const progress = { bytesLoaded: event.data.bytesLoaded, bytesTotal: event.data.bytesTotal };
    latest = progress;
    listeners.forEach((listener) => listener(progress));
  });
  booted = {
    bundle,
    worker,
    onProgress: (listener) => {
      listeners.add(listener);
      if (latest !== null) listener(latest);
      return () => listeners.delete(listener);
    },
  };
  return booted;
}
