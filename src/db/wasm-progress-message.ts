// The one message of our own between DuckDB's worker and the page: how much of the wasm the worker
// has downloaded (the worker fetches it itself, see worker-wasm-hook.ts).

export const WASM_PROGRESS_MESSAGE = 'papi:wasm-progress';

export interface WasmProgressMessage {
  readonly type: typeof WASM_PROGRESS_MESSAGE;
  readonly bytesLoaded: number;
  readonly bytesTotal: number;
}

export const isWasmProgressMessage = (data: unknown): data is WasmProgressMessage =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === WASM_PROGRESS_MESSAGE;
