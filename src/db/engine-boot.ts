// The engine's first, synchronous step, taken before DuckDB's JS (a lazy chunk) has loaded: pick
// the bundle and start DuckDB's worker, so its script loads while the page fetches the rest.
// Kept free of @duckdb/duckdb-wasm imports on purpose.

import { selectEngineBundle, type EngineBundle } from './duckdb-bundles.ts';
import { EngineLoadError } from './engine-load-error.ts';

export interface EngineBoot {
  bundle: EngineBundle;
  worker: Worker;
  /**
   * Rejects with an EngineLoadError when the worker fails (its script or the wasm cannot be fetched).
   * AsyncDuckDB never rejects its pending calls then, so start-up must race against this.
   */
  failure: Promise<never>;
}

let booted: EngineBoot | null = null;

function startWorker(): EngineBoot {
  const bundle = selectEngineBundle();
  const worker = new Worker(bundle.mainWorker);
  const failure = new Promise<never>((_resolve, reject) => {
    // An error thrown in the worker is an ErrorEvent with a message; a worker script that fails to load gives a
    // plain Event, without one.
    worker.addEventListener('error', (event: Event) => {
      const message = event instanceof ErrorEvent && typeof event.message === 'string' ? event.message : '';
      reject(new EngineLoadError(message.replace(/^Uncaught\s+/, '') || 'worker error'));
    });
  });
  failure.catch(() => undefined); // handled by whoever races it; never an unhandled rejection
  return { bundle, worker, failure };
}

/** Starts DuckDB's worker, once. */
export function bootEngine(): EngineBoot {
  booted ??= startWorker();
  return booted;
}

/** Starts a new worker in place of the one before (a restart after the engine stopped). */
export function rebootEngine(): EngineBoot {
  booted = startWorker();
  return booted;
}
