// One download as the worker (download-worker.ts) or, where none can start, the page (download-bytes.ts) makes it.

export interface DownloadRequest {
  readonly url: string;
}

/** How a download ended: the bytes, the server's refusal (HTTP status) or the network's error. */
export type Downloaded =
  | { readonly kind: 'bytes'; readonly bytes: ArrayBuffer }
  | { readonly kind: 'status'; readonly status: number }
  | { readonly kind: 'failed'; readonly message: string };

/** Fetches `url` on the calling thread; never throws. */
export async function fetchDownload(url: string): Promise<Downloaded> {
  try {
    const response = await fetch(url);
    if (!response.ok) return { kind: 'status', status: response.status };
    return { kind: 'bytes', bytes: await response.arrayBuffer() };
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
