// The worker's report of the wasm's complete download (src/db/wasm-download-report.ts), on a fake performance
// timeline: the page's AsyncDuckDB hands the message to its instantiation listeners as DuckDB's own report.
import { describe, expect, it } from 'vitest';
import { reportWasmDownloaded } from '../../src/db/wasm-download-report.ts';

const ORIGIN = 'https://papi.example';

/** A resource timing entry as the worker's timeline holds one. */
const entry = (name: string, decodedBodySize: number) =>
  ({ name, entryType: 'resource', decodedBodySize }) as unknown as PerformanceEntry;

/** A timeline whose observers are called with the entries `emit` adds; posts are kept. */
function fakeWorker() {
  const observers: { callback: PerformanceObserverCallback; connected: boolean }[] = [];
  const posted: unknown[] = [];
  class FakeObserver {
    private readonly own: { callback: PerformanceObserverCallback; connected: boolean };
    constructor(callback: PerformanceObserverCallback) {
      this.own = { callback, connected: false };
      observers.push(this.own);
    }
    observe(): void {
      this.own.connected = true;
    }
    disconnect(): void {
      this.own.connected = false;
    }
  }
  const emit = (...entries: PerformanceEntry[]) => {
    for (const observer of observers.filter((o) => o.connected))
      observer.callback(
        { getEntries: () => entries } as unknown as PerformanceObserverEntryList,
        observer as unknown as PerformanceObserver,
      );
  };
  const scope = {
    PerformanceObserver: FakeObserver as unknown as typeof PerformanceObserver,
    postMessage: (message: unknown) => posted.push(message),
  };
  return { scope, emit, posted };
}

describe('reportWasmDownloaded', () => {
  it("posts one progress report of every byte when the wasm's response ends, none for other files", () => {
    const { scope, emit, posted } = fakeWorker();
    reportWasmDownloaded(scope, ORIGIN);
    emit(entry(`${ORIGIN}/assets/duckdb-browser-eh.worker-x.js`, 800_000));
    expect(posted).toEqual([]);
    emit(entry(`${ORIGIN}/assets/duckdb-eh-abc.wasm`, 34_000_000));
    emit(entry(`${ORIGIN}/assets/duckdb-eh-abc.wasm`, 34_000_000));
    expect(posted).toEqual([
      {
        type: 'INSTANTIATE_PROGRESS',
        data: expect.objectContaining({ bytesLoaded: 34_000_000, bytesTotal: 34_000_000 }) as unknown,
      },
    ]);
  });

  it('says nothing of a wasm from another origin, or whose size the timeline does not know', () => {
    const { scope, emit, posted } = fakeWorker();
    reportWasmDownloaded(scope, ORIGIN);
    emit(entry('https://elsewhere.example/duckdb-eh.wasm', 34_000_000));
    emit(entry(`${ORIGIN}/assets/duckdb-eh-abc.wasm`, 0));
    expect(posted).toEqual([]);
  });

  it('does nothing where the worker has no performance timeline', () => {
    const posted: unknown[] = [];
    expect(() => reportWasmDownloaded({ postMessage: (m) => posted.push(m) }, ORIGIN)).not.toThrow();
    expect(posted).toEqual([]);
  });
});
