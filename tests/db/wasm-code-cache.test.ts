// The wasm handoff in DuckDB's worker: the compile gets the fetch's own response (the one V8 can cache
// compiled code for), and DuckDB's progress counter still sees every byte, so the download bar moves.
import { describe, expect, it } from 'vitest';
import {
  installWasmCodeCacheHandoff,
  isWasmRequest,
  WASM_HTTP_CACHE_HEADER,
  WASM_HTTP_CACHE_VALUE,
} from '../../src/db/wasm-code-cache.ts';
import { createCallLog } from '../helpers/call-log.ts';

const ORIGIN = 'http://127.0.0.1:4173';
const WASM_BYTES = new Uint8Array(200_000).map((_, i) => i % 251);

/** A worker whose network answers `status`; `httpCache` answers the wasm request marked for the HTTP cache (a throw: not there, offline). */
function fakeWorker(status = 200, httpCache: 'answers' | 'throws' = 'answers') {
  const fetched: Response[] = [];
  const compiled: Response[] = [];
  /** Each request's marker header, in order (null: unmarked, the service worker answers it). */
  const marked: (string | null)[] = [];
  const scope = {
    fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
      const isWasm = String(input instanceof Request ? input.url : input).endsWith('.wasm');
      const marker = new Headers(init?.headers).get(WASM_HTTP_CACHE_HEADER);
      marked.push(marker);
      if (marker !== null && httpCache === 'throws') throw new TypeError('Failed to fetch');
      const response = new Response(isWasm ? WASM_BYTES : 'text', { status });
      fetched.push(response);
      return response;
    }) as typeof fetch,
    WebAssembly: {
      instantiateStreaming: (async (source: Response | PromiseLike<Response>) => {
        const response = await source;
        compiled.push(response);
        await response.arrayBuffer();
        return {} as WebAssembly.WebAssemblyInstantiatedSource;
      }) as typeof WebAssembly.instantiateStreaming,
    },
  };
  installWasmCodeCacheHandoff(scope, ORIGIN);
  return { scope, fetched, compiled, marked };
}

/** What DuckDB's worker does: fetch, count bytes through a TransformStream, compile a new Response around it. */
async function duckdbStyleInstantiate(scope: ReturnType<typeof fakeWorker>['scope'], url: string) {
  let counted = 0;
  const counterEnd = createCallLog();
  const response = await scope.fetch(new Request(new URL(url, ORIGIN)));
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      counted += chunk.byteLength;
      controller.enqueue(chunk);
    },
    flush: () => counterEnd.record(),
  });
  if (response.body === null) throw new Error('no body');
  const wrapped = new Response(response.body.pipeThrough(counter), response);
  await scope.WebAssembly.instantiateStreaming(Promise.resolve(wrapped), {});
  // The handoff drains the counter on its own, after the compile has its response: wait for the counter's end.
  await counterEnd.called(1);
  return { counted, wrapped };
}

describe('the wasm code-cache handoff', () => {
  it("compiles from the fetch's own response, while DuckDB's progress counter still counts every byte", async () => {
    const { scope, fetched, compiled } = fakeWorker();
    const { counted, wrapped } = await duckdbStyleInstantiate(scope, '/assets/duckdb-eh-abc.wasm');
    expect(compiled).toHaveLength(1);
    expect(compiled[0]).toBe(fetched[0]);
    expect(compiled[0]).not.toBe(wrapped);
    expect(counted).toBe(WASM_BYTES.byteLength);
  });

  it("asks the HTTP cache for the wasm (the service worker lets the marked request through), and the service worker's copy when that fails", async () => {
    const online = fakeWorker();
    await duckdbStyleInstantiate(online.scope, '/assets/duckdb-eh-abc.wasm');
    expect(online.marked).toEqual([WASM_HTTP_CACHE_VALUE]);
    expect(online.compiled[0]).toBe(online.fetched[0]);

    const offline = fakeWorker(200, 'throws');
    const { counted } = await duckdbStyleInstantiate(offline.scope, '/assets/duckdb-eh-abc.wasm');
    expect(offline.marked).toEqual([WASM_HTTP_CACHE_VALUE, null]);
    expect(offline.compiled[0]).toBe(offline.fetched[0]);
    expect(counted).toBe(WASM_BYTES.byteLength);

    const other = fakeWorker();
    await other.scope.fetch(`${ORIGIN}/assets/duckdb-worker.js`);
    expect(other.marked).toEqual([null]);
  });

  it('leaves every other request, and a failed wasm response, as they were', async () => {
    const { scope, fetched } = fakeWorker();
    expect(await scope.fetch(`${ORIGIN}/assets/duckdb-worker.js`)).toBe(fetched[0]);
    const failing = fakeWorker(404);
    const response = await failing.scope.fetch(`${ORIGIN}/assets/duckdb-eh-abc.wasm`);
    // Asked of the HTTP cache, then of the service worker's copy: the last failed answer is handed on as it was.
    expect(failing.fetched).toHaveLength(2);
    expect(response).toBe(failing.fetched[1]);
    await failing.scope.WebAssembly.instantiateStreaming(Promise.resolve(response), {});
    expect(failing.compiled).toEqual([response]);
  });

  it('recognises only same-origin .wasm requests', () => {
    expect(isWasmRequest('/assets/duckdb-eh-1.wasm', ORIGIN)).toBe(true);
    expect(isWasmRequest(new Request(`${ORIGIN}/a/b.wasm?v=1`), ORIGIN)).toBe(true);
    expect(isWasmRequest('https://cdn.example.org/duckdb.wasm', ORIGIN)).toBe(false);
    expect(isWasmRequest('/assets/duckdb.wasm.map', ORIGIN)).toBe(false);
  });
});
