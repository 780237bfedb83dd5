// The worker's report of the wasm's complete download (src/db/wasm-download-report.ts), on a fake performance
// timeline and message port: the page's AsyncDuckDB hands the message to the listeners its instantiate() adds.
import { describe, expect, it } from 'vitest';
import { reportWasmDownloaded } from '../../src/db/wasm-download-report.ts';

const ORIGIN = 'https://papi.example';
const WASM = `${ORIGIN}/assets/duckdb-eh-abc.wasm`;

/** A resource timing entry as the worker's timeline holds one. */
const entry = (name: string, decodedBodySize: number, responseStatus = 200) =>
  ({ name, entryType: 'resource', decodedBodySize, responseStatus }) as unknown as PerformanceEntry;

/** A worker whose timeline calls its observers with the entries `emit` adds, and whose page `send`s requests. */
function fakeWorker() {
  const observers: { callback: PerformanceObserverCallback; connected: boolean }[] = [];
  const listeners: ((event: { data: unknown }) => void)[] = [];
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
  const send = (type: string) => {
    for (const listener of listeners) listener({ data: { messageId: 1, type, data: null } });
  };
  const scope = {
    PerformanceObserver: FakeObserver as unknown as typeof PerformanceObserver,
    postMessage: (message: unknown) => posted.push(message),
    addEventListener: (_type: 'message', listener: (event: { data: unknown }) => void) =>
      listeners.push(listener),
  };
  return { scope, emit, send, posted };
}

const everyByte = (bytes: number) => ({
  type: 'INSTANTIATE_PROGRESS',
  data: expect.objectContaining({ bytesLoaded: bytes, bytesTotal: bytes }) as unknown,
});

describe('reportWasmDownloaded', () => {
  it("posts one report of every byte when the wasm's response ends, none for other files", () => {
    const { scope, emit, send, posted } = fakeWorker();
    reportWasmDownloaded(scope, ORIGIN);
    send('INSTANTIATE');
    emit(entry(`${ORIGIN}/assets/duckdb-browser-eh.worker-x.js`, 800_000));
    expect(posted).toEqual([]);
    emit(entry(WASM, 34_000_000));
    emit(entry(WASM, 34_000_000));
    expect(posted).toEqual([everyByte(34_000_000)]);
  });

  it('holds a download that ends before the page asks to instantiate until it asks: the page listens from then on', () => {
    const { scope, emit, send, posted } = fakeWorker();
    reportWasmDownloaded(scope, ORIGIN);
    emit(entry(WASM, 34_000_000));
    send('GET_VERSION');
    expect(posted).toEqual([]);
    send('INSTANTIATE');
    send('INSTANTIATE');
    expect(posted).toEqual([everyByte(34_000_000)]);
  });

  it('says nothing of a wasm from another origin, a failed answer, or one whose size the timeline does not know', () => {
    const { scope, emit, send, posted } = fakeWorker();
    reportWasmDownloaded(scope, ORIGIN);
    send('INSTANTIATE');
    emit(entry('https://elsewhere.example/duckdb-eh.wasm', 34_000_000));
    emit(entry(WASM, 1_200, 404));
    emit(entry(WASM, 0));
    expect(posted).toEqual([]);
    // The answer that came after a failed one is the download.
    emit(entry(WASM, 34_000_000));
    expect(posted).toEqual([everyByte(34_000_000)]);
  });

  it('does nothing where the worker has no performance timeline', () => {
    const posted: unknown[] = [];
    const scope = { postMessage: (m: unknown) => posted.push(m), addEventListener: () => undefined };
    expect(() => reportWasmDownloaded(scope, ORIGIN)).not.toThrow();
    expect(posted).toEqual([]);
  });
});
