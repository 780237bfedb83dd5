// Installed in DuckDB's worker (duckdb-worker-entry.ts): tells the page once the wasm has downloaded, as DuckDB's own
// last progress report would. DuckDB's counter reports a chunk only when 20 ms have passed since the one before, so
// its last report often stops short of the end, and the page could not tell the download was over until the engine
// had opened. On a 10 Mbit/s first visit the wasm then still compiles and instantiates for ~600 ms, with the link
// idle: the page fetches the data in that time (session/database-start.ts) instead of after it, when the engine
// waited ~120 ms for the last file.

import { isWasmRequest } from './wasm-code-cache.ts';

interface ReportScope {
  PerformanceObserver?: typeof PerformanceObserver;
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
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

/** The page's request to instantiate DuckDB (its AsyncDuckDB listens for progress from then on). */
const isInstantiateRequest = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'INSTANTIATE';

/** A response the server answered with success (the status is 0 where the browser does not give it). */
function answeredOk(entry: PerformanceResourceTiming): boolean {
  const status = (entry as { responseStatus?: number }).responseStatus ?? 0;
  return status === 0 || (status >= 200 && status < 300);
}

/**
 * Posts downloadedMessage once the same-origin wasm's response has ended well (its resource timing entry, with its
 * size) and the page has asked to instantiate: a report before that request would reach no listener.
 */
export function reportWasmDownloaded(scope: ReportScope, origin: string): void {
  const Observer = scope.PerformanceObserver;
  if (Observer === undefined) return;
  let downloadedBytes: number | null = null;
  let asked = false;
  let reported = false;
  const report = (): void => {
    if (reported || !asked || downloadedBytes === null) return;
    reported = true;
    scope.postMessage(downloadedMessage(downloadedBytes, new Date()));
  };
  scope.addEventListener('message', (event) => {
    if (!isInstantiateRequest(event.data)) return;
    asked = true;
    report();
  });
  const observer = new Observer((list) => {
    const wasm = list
      .getEntries()
      .find(
        (entry): entry is PerformanceResourceTiming =>
          isWasmRequest(entry.name, origin) &&
          answeredOk(entry as PerformanceResourceTiming) &&
          (entry as PerformanceResourceTiming).decodedBodySize > 0,
      );
    if (wasm === undefined) return;
    observer.disconnect();
    downloadedBytes = wasm.decodedBodySize;
    report();
  });
  observer.observe({ type: 'resource', buffered: true });
}
