// Installed in DuckDB's worker (duckdb-worker-entry.ts): tells the page the moment the wasm has downloaded, as DuckDB's
// own last progress report would. DuckDB's counter reports a chunk only when 20 ms have passed since the one before,
// so its last report often stops short of the end, and the page could not tell the download was over until the
// engine had opened. On a 10 Mbit/s first visit the wasm then still compiles and instantiates for ~600 ms, with the
// link idle: the page fetches the data in that time (session/database-start.ts) instead of after it, when the engine
// waited ~120 ms for the last file.

import { isWasmRequest } from './wasm-code-cache.ts';

interface ReportScope {
  PerformanceObserver?: typeof PerformanceObserver;
  postMessage(message: unknown): void;
}

/** DuckDB's progress message (its worker's INSTANTIATE_PROGRESS), which the page's AsyncDuckDB hands its listeners. */
export interface InstantiateProgressMessage {
  type: 'INSTANTIATE_PROGRESS';
  data: { startedAt: Date; updatedAt: Date; bytesTotal: number; bytesLoaded: number };
}

/** The progress message saying every byte of a wasm of `bytes` (decompressed) has arrived. */
export function downloadedMessage(bytes: number, now: Date): InstantiateProgressMessage {
  return {
    type: 'INSTANTIATE_PROGRESS',
    data: { startedAt: now, updatedAt: now, bytesTotal: bytes, bytesLoaded: bytes },
  };
}

/** Posts downloadedMessage once the first same-origin wasm's response has ended (its resource timing entry). */
export function reportWasmDownloaded(scope: ReportScope, origin: string): void {
  const Observer = scope.PerformanceObserver;
  if (Observer === undefined) return;
  const observer = new Observer((list) => {
    const wasm = list
      .getEntries()
      .find((entry): entry is PerformanceResourceTiming => isWasmRequest(entry.name, origin));
    // Without its size (not known to the timeline) the page cannot tell the report from a partial one.
    if (wasm === undefined || !(wasm.decodedBodySize > 0)) return;
    observer.disconnect();
    scope.postMessage(downloadedMessage(wasm.decodedBodySize, new Date()));
  });
  observer.observe({ type: 'resource', buffered: true });
}
