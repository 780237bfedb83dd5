// Lets the browser keep DuckDB's compiled wasm between visits. V8 caches a module's compiled code only
// when it compiles straight from a fetch's own Response (the cache is keyed by the response's URL and
// kept with it in the HTTP or service-worker cache). DuckDB's worker wraps that response in a new
// Response to count download progress, which has no URL, so every visit compiled the 33 MB wasm again.
// Installed in DuckDB's worker before its script runs: the wasm fetch hands DuckDB a clone to count
// progress on, and the compile gets the fetch's own response while the clone is drained for the bar.

type InstantiateStreaming = typeof WebAssembly.instantiateStreaming;

interface WorkerGlobals {
  fetch: typeof fetch;
  WebAssembly: { instantiateStreaming: InstantiateStreaming };
}

/** A same-origin .wasm request: DuckDB's main module (the only wasm its worker fetches). */
export function isWasmRequest(input: RequestInfo | URL, origin: string): boolean {
  const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const url = new URL(href, origin);
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

export function installWasmCodeCacheHandoff(scope: WorkerGlobals, origin: string): void {
  const pending: Response[] = [];
  const fetchOriginal = scope.fetch.bind(scope);
  const instantiateOriginal = scope.WebAssembly.instantiateStreaming.bind(scope.WebAssembly);

  scope.fetch = async (input, init) => {
    const response = await fetchOriginal(input, init);
    if (!isWasmRequest(input, origin) || !response.ok) return response;
    pending.push(response);
    return response.clone();
  };

  scope.WebAssembly.instantiateStreaming = async (source, imports) => {
    const given = await source;
    const own = given.url === '' ? pending.shift() : undefined;
    if (own === undefined) return instantiateOriginal(given, imports);
    // The given response is DuckDB's progress counter around the clone: drain it so the bar moves,
    // and compile from the fetch's own response, which V8 can cache.
    void drain(given.body).catch(() => undefined);
    return instantiateOriginal(own, imports);
  };
}
