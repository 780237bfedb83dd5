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

const MODULE = { kind: 'compiled module' } as unknown as WebAssembly.Module;
const INSTANCE = { kind: 'instance' } as unknown as WebAssembly.Instance;

interface FakeWorkerOptions {
  /** The status every request is answered with. */
  status?: number;
  /** How the wasm request marked for the HTTP cache fares ('throws': not there, offline). */
  httpCache?: 'answers' | 'throws';
  /** How every other request fares ('throws': offline, and no service worker's copy). */
  network?: 'answers' | 'throws';
  /** The wasm the worker was told to start on (?wasm=). */
  earlyWasmUrl?: string;
  /** How the early compile ends. */
  compile?: 'succeeds' | 'fails';
  /** A browser without WebAssembly.compileStreaming. */
  noCompileStreaming?: boolean;
}

function fakeWorker({
  status = 200,
  httpCache = 'answers',
  network = 'answers',
  earlyWasmUrl,
  compile = 'succeeds',
  noCompileStreaming = false,
}: FakeWorkerOptions = {}) {
  const fetched: Response[] = [];
  const compiled: Response[] = [];
  /** The responses compiled ahead of DuckDB's request, and the modules instantiated from them. */
  const compiledEarly: Response[] = [];
  const instantiated: WebAssembly.Module[] = [];
  /** Each request's marker header, in order (null: unmarked, the service worker answers it). */
  const marked: (string | null)[] = [];
  const compileStreaming = async (source: Response | PromiseLike<Response>) => {
    const response = await source;
    compiledEarly.push(response);
    await response.arrayBuffer();
    if (compile === 'fails') throw new WebAssembly.CompileError('bad wasm');
    return MODULE;
  };
  const scope = {
    fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
      const isWasm = String(input instanceof Request ? input.url : input).endsWith('.wasm');
      const marker = new Headers(init?.headers).get(WASM_HTTP_CACHE_HEADER);
      marked.push(marker);
      if (marker !== null && httpCache === 'throws') throw new TypeError('Failed to fetch');
      if (marker === null && network === 'throws') throw new TypeError('Failed to fetch');
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
      ...(noCompileStreaming ? {} : { compileStreaming }),
      instantiate: async (module: WebAssembly.Module) => {
        instantiated.push(module);
        return INSTANCE;
      },
    },
  };
  installWasmCodeCacheHandoff(scope, ORIGIN, earlyWasmUrl);
  return { scope, fetched, compiled, compiledEarly, instantiated, marked };
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
  const source = await scope.WebAssembly.instantiateStreaming(Promise.resolve(wrapped), {});
  // The handoff drains the counter on its own, after the compile has its response: wait for the counter's end.
  await counterEnd.called(1);
  return { counted, wrapped, source };
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

    const offline = fakeWorker({ httpCache: 'throws' });
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
    const failing = fakeWorker({ status: 404 });
    const response = await failing.scope.fetch(`${ORIGIN}/assets/duckdb-eh-abc.wasm`);
    // Asked of the HTTP cache, then of the service worker's copy: the last failed answer is handed on as it was.
    expect(failing.fetched).toHaveLength(2);
    expect(response).toBe(failing.fetched[1]);
    await failing.scope.WebAssembly.instantiateStreaming(Promise.resolve(response), {});
    expect(failing.compiled).toEqual([response]);
  });

  it('with the wasm named at start, fetches and compiles it before DuckDB asks, once, and still feeds the progress counter', async () => {
    const wasm = '/assets/duckdb-eh-abc.wasm';
    const worker = fakeWorker({ earlyWasmUrl: `${ORIGIN}${wasm}` });
    // The worker has only started: DuckDB's script has not run, yet the wasm is on its way to the compiler.
    await expect.poll(() => worker.compiledEarly.length).toBe(1);
    expect(worker.marked).toEqual([WASM_HTTP_CACHE_VALUE]);

    const { counted, source } = await duckdbStyleInstantiate(worker.scope, wasm);
    expect(worker.fetched).toHaveLength(1);
    expect(worker.compiledEarly[0]).toBe(worker.fetched[0]);
    expect(worker.compiled).toEqual([]);
    expect(worker.instantiated).toEqual([MODULE]);
    expect(source).toEqual({ module: MODULE, instance: INSTANCE });
    expect(counted).toBe(WASM_BYTES.byteLength);

    // A later request (another instantiate in the same worker) is fetched and compiled as before.
    await duckdbStyleInstantiate(worker.scope, wasm);
    expect(worker.fetched).toHaveLength(2);
    expect(worker.compiled).toEqual([worker.fetched[1]]);
  });

  it('with the wasm named at start and not found, hands DuckDB the failed answer and compiles nothing', async () => {
    const worker = fakeWorker({ status: 404, earlyWasmUrl: `${ORIGIN}/assets/duckdb-eh-abc.wasm` });
    await expect.poll(() => worker.fetched.length).toBe(2);
    const response = await worker.scope.fetch(`${ORIGIN}/assets/duckdb-eh-abc.wasm`);
    expect(response.status).toBe(404);
    // The HTTP cache, then the service worker's copy: both asked at start, none again for DuckDB.
    expect(worker.fetched).toHaveLength(2);
    expect(response).toBe(worker.fetched[1]);
    expect(worker.compiledEarly).toEqual([]);
  });

  it('ignores a named wasm from another origin', async () => {
    const worker = fakeWorker({ earlyWasmUrl: 'https://cdn.example.org/duckdb.wasm' });
    await duckdbStyleInstantiate(worker.scope, '/assets/duckdb-eh-abc.wasm');
    expect(worker.compiledEarly).toEqual([]);
    expect(worker.compiled).toEqual([worker.fetched[0]]);
  });

  it('with the wasm named at start, hands DuckDB the clone it compiles as it is (no TransformStream) and compiles once', async () => {
    const wasm = `${ORIGIN}/assets/duckdb-eh-abc.wasm`;
    const worker = fakeWorker({ earlyWasmUrl: wasm });
    const source = await worker.scope.WebAssembly.instantiateStreaming(worker.scope.fetch(wasm), {});
    expect(source).toEqual({ module: MODULE, instance: INSTANCE });
    expect(worker.compiledEarly).toHaveLength(1);
    expect(worker.compiled).toEqual([]);
  });

  it('with the wasm named at start and offline (no copy anywhere), DuckDB fetch fails, and nothing is left unhandled', async () => {
    const wasm = `${ORIGIN}/assets/duckdb-eh-abc.wasm`;
    const worker = fakeWorker({ httpCache: 'throws', network: 'throws', earlyWasmUrl: wasm });
    // Both sources were asked as the worker started; the failure waits for DuckDB (an unhandled rejection fails the run).
    await expect.poll(() => worker.marked.length).toBe(2);
    // DuckDB asks later: a turn of the event loop first, in which a rejection nobody handles would be reported.
    await new Promise((resolve) => setImmediate(resolve));
    await expect(worker.scope.fetch(wasm)).rejects.toThrow('Failed to fetch');
  });

  it("with the wasm named at start and not valid, DuckDB's instantiate fails with the compile's error", async () => {
    const wasm = '/assets/duckdb-eh-abc.wasm';
    const worker = fakeWorker({ earlyWasmUrl: `${ORIGIN}${wasm}`, compile: 'fails' });
    await expect.poll(() => worker.compiledEarly.length).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    await expect(duckdbStyleInstantiate(worker.scope, wasm)).rejects.toThrow('bad wasm');
    expect(worker.instantiated).toEqual([]);
  });

  it('with the wasm named at start, two requests at once each get a body of their own', async () => {
    const wasm = `${ORIGIN}/assets/duckdb-eh-abc.wasm`;
    const worker = fakeWorker({ earlyWasmUrl: wasm });
    const [first, second] = await Promise.all([worker.scope.fetch(wasm), worker.scope.fetch(wasm)]);
    const bytes = await Promise.all([first.arrayBuffer(), second.arrayBuffer()]);
    expect(bytes.map((b) => b.byteLength)).toEqual([WASM_BYTES.byteLength, WASM_BYTES.byteLength]);
    expect(worker.fetched).toHaveLength(2);
  });

  it('when DuckDB asks for another wasm than the one named, fetches and compiles what it asked for', async () => {
    const worker = fakeWorker({ earlyWasmUrl: `${ORIGIN}/assets/duckdb-eh-abc.wasm` });
    await duckdbStyleInstantiate(worker.scope, '/assets/duckdb-mvp-def.wasm');
    expect(worker.fetched).toHaveLength(2);
    expect(worker.compiled).toEqual([worker.fetched[1]]);
    expect(worker.instantiated).toEqual([]);
  });

  it('starts nothing early in a browser without compileStreaming', async () => {
    const wasm = '/assets/duckdb-eh-abc.wasm';
    const worker = fakeWorker({ earlyWasmUrl: `${ORIGIN}${wasm}`, noCompileStreaming: true });
    expect(worker.fetched).toEqual([]);
    await duckdbStyleInstantiate(worker.scope, wasm);
    expect(worker.compiled).toEqual([worker.fetched[0]]);
  });

  it('recognises only same-origin .wasm requests', () => {
    expect(isWasmRequest('/assets/duckdb-eh-1.wasm', ORIGIN)).toBe(true);
    expect(isWasmRequest(new Request(`${ORIGIN}/a/b.wasm?v=1`), ORIGIN)).toBe(true);
    expect(isWasmRequest('https://cdn.example.org/duckdb.wasm', ORIGIN)).toBe(false);
    expect(isWasmRequest('/assets/duckdb.wasm.map', ORIGIN)).toBe(false);
  });
});
