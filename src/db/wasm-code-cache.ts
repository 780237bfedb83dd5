// Lets the browser keep DuckDB's compiled wasm between visits. V8 caches a module's compiled code only
// when it compiles straight from a fetch's own Response (the cache is keyed by the response's URL and
// kept with it in the HTTP or service-worker cache). DuckDB's worker wraps that response in a new
// Response to count download progress, which has no URL, so every visit compiled the 33 MB wasm again.
// Installed in DuckDB's worker before its script runs: the wasm fetch hands DuckDB a clone to count
// progress on, and the compile gets the fetch's own response while the clone is drained for the bar.
//
// Where the response comes from matters too (issue 24, seen in a trace): V8's code for the first visit's
// compile is kept with the HTTP cache's entry, but once the service worker is installed it answered from
// its own Cache Storage copy, which has no compiled code until a visit compiles from it: the next visit
// compiled the 33 MB wasm again. So the wasm is asked for with a header the service worker lets through
// (sw.js imports WASM_HTTP_CACHE_SW_SCRIPT first): the browser's HTTP cache answers, with the first
// visit's compiled code. The hashed wasm is cached there as immutable, so that needs no network; if it
// fails (evicted, and offline), the service worker's copy answers the same request without the header.
//
// When the worker is told its wasm's URL, the fetch and compile start as the worker starts, before
// DuckDB's 770 KB script has run and before the page (which loads DuckDB's JS first) asks to instantiate:
// a trace put that request 550 ms after the worker's start on a first visit. Until DuckDB asks, the clone
// its progress counter will read holds what has arrived (up to the whole 34 MB wasm), and the download
// bar starts late, then catches up at once.

type InstantiateStreaming = typeof WebAssembly.instantiateStreaming;

interface WorkerGlobals {
  fetch: typeof fetch;
  WebAssembly: {
    instantiateStreaming: InstantiateStreaming;
    compileStreaming?: typeof WebAssembly.compileStreaming;
    instantiate(module: WebAssembly.Module, imports?: WebAssembly.Imports): Promise<WebAssembly.Instance>;
  };
}

/** What DuckDB's compile gets: the fetch's own response, or the module compiled from it since the worker started. */
type Handoff = { response: Response } | { compiled: Promise<WebAssembly.Module> };

/** The early start's outcome: a failed answer to hand on as it is, or the compile and a clone for DuckDB's counter. */
type EarlyStart = { failed: Response } | { handoff: Handoff; forProgress: Response };

/** The header on DuckDB's wasm request that the service worker lets through to the HTTP cache. */
export const WASM_HTTP_CACHE_HEADER = 'X-Papi-Wasm-Source';
export const WASM_HTTP_CACHE_VALUE = 'http-cache';

/** The service worker's first fetch listener: a request with the header is left to the browser (no respondWith). */
export const WASM_HTTP_CACHE_SW_SCRIPT = `// DuckDB's wasm with this header goes to the HTTP cache, where its compiled code is (src/db/wasm-code-cache.ts).
self.addEventListener('fetch', (event) => {
  if (event.request.headers.get('${WASM_HTTP_CACHE_HEADER}') === '${WASM_HTTP_CACHE_VALUE}') event.stopImmediatePropagation();
});
`;

/** A request's absolute URL, a relative one read against `origin`. */
function hrefOf(input: RequestInfo | URL, origin: string): string {
  return new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, origin)
    .href;
}

/** A same-origin .wasm request: DuckDB's main module (the only wasm its worker fetches). */
export function isWasmRequest(input: RequestInfo | URL, origin: string): boolean {
  const url = new URL(hrefOf(input, origin));
  return url.origin === origin && url.pathname.endsWith('.wasm');
}

/** Reads a body to its end, so a progress counter piped into it sees every byte. */
async function drain(body: ReadableStream<Uint8Array> | null): Promise<void> {
  if (body === null) return;
  const reader = body.getReader();
  for (;;) {
    const { done } = await reader.read();
    if (done) return;
  }
}

/**
 * Installs the handoff in DuckDB's worker; with `earlyWasmUrl`, starts that wasm's fetch and compile now,
 * and hands them to DuckDB's first request for it.
 */
export function installWasmCodeCacheHandoff(
  scope: WorkerGlobals,
  origin: string,
  earlyWasmUrl?: string,
): void {
  const fetchOriginal = scope.fetch.bind(scope);
  const instantiateOriginal = scope.WebAssembly.instantiateStreaming.bind(scope.WebAssembly);

  /** The wasm from the HTTP cache (or the network), else from the service worker's copy. */
  const fetchWasm = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    headers.set(WASM_HTTP_CACHE_HEADER, WASM_HTTP_CACHE_VALUE);
    try {
      const response = await fetchOriginal(input, { ...init, headers });
      if (response.ok) return response;
    } catch {
      // Not in the HTTP cache and no network: the service worker's copy, below.
    }
    return fetchOriginal(input, init);
  };

  /** Starts the wasm's fetch and compile now; a failure is DuckDB's to report when it asks, never unhandled. */
  const startEarly = (href: string, compileStreaming: typeof WebAssembly.compileStreaming) => {
    const started = fetchWasm(href).then((answer): EarlyStart => {
      if (!answer.ok) return { failed: answer };
      const forProgress = answer.clone();
      const compiled = compileStreaming(answer);
      compiled.catch(() => undefined);
      return { handoff: { compiled }, forProgress };
    });
    started.catch(() => undefined);
    return { href, started };
  };
  const compileStreaming = scope.WebAssembly.compileStreaming?.bind(scope.WebAssembly);
  let early =
    earlyWasmUrl !== undefined && isWasmRequest(earlyWasmUrl, origin) && compileStreaming !== undefined
      ? startEarly(hrefOf(earlyWasmUrl, origin), compileStreaming)
      : null;

  const letGo = (outcome: EarlyStart): void => {
    if ('forProgress' in outcome) void outcome.forProgress.body?.cancel().catch(() => undefined);
  };

  /** The clones handed to DuckDB, oldest first, each with the handoff its compile takes. */
  const handedOut = new Map<Response, Handoff>();
  const handOut = (handoff: Handoff, forProgress: Response): Response => {
    handedOut.set(forProgress, handoff);
    return forProgress;
  };

  scope.fetch = async (input, init) => {
    if (!isWasmRequest(input, origin)) return fetchOriginal(input, init);
    // DuckDB's first wasm request takes the early start, whatever it asks for: no second one waits on it.
    const start = early;
    early = null;
    if (start !== null && hrefOf(input, origin) === start.href) {
      const outcome = await start.started;
      return 'failed' in outcome ? outcome.failed : handOut(outcome.handoff, outcome.forProgress);
    }
    // Another URL than the page named: the early download is let go, and what was asked is fetched.
    if (start !== null) void start.started.then(letGo, () => undefined);
    const response = await fetchWasm(input, init);
    if (!response.ok) return response;
    return handOut({ response }, response.clone());
  };

  scope.WebAssembly.instantiateStreaming = async (source, imports) => {
    const given = await source;
    // Without a TransformStream DuckDB compiles the clone itself; with one, its progress counter wraps the
    // oldest clone in a new Response, which has no URL.
    const clone = handedOut.has(given) ? given : given.url === '' ? handedOut.keys().next().value : undefined;
    const own = clone === undefined ? undefined : handedOut.get(clone);
    if (clone === undefined || own === undefined) return instantiateOriginal(given, imports);
    handedOut.delete(clone);
    // Drain what DuckDB gave so the bar moves, and compile from the fetch's own response, which V8 can cache.
    void drain(given.body).catch(() => undefined);
    if ('response' in own) return instantiateOriginal(own.response, imports);
    const module = await own.compiled;
    return { module, instance: await scope.WebAssembly.instantiate(module, imports) };
  };
}
