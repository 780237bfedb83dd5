// A file's bytes downloaded off the page's thread (download-worker.ts), where the browser then decodes them too;
// where no worker can start (Node, a browser that refuses it), on the page's thread.

import { fetchDownload, type DownloadRequest, type Downloaded } from './fetch-download.ts';

/** Downloads `url` in a worker of its own, ended once it answers; on the page's thread if the worker cannot start. */
export function downloadBytes(url: string): Promise<Downloaded> {
  if (typeof Worker !== 'function') return fetchDownload(url);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./download-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return fetchDownload(url);
  }
  return new Promise<Downloaded>((resolve) => {
    worker.onmessage = (event: MessageEvent<Downloaded>) => {
      worker.terminate();
      resolve(event.data);
    };
    // The worker's script did not load or run, or its answer could not be received: the page downloads the file.
    const downloadHere = (): void => {
      worker.terminate();
      resolve(fetchDownload(url));
    };
    worker.onerror = downloadHere;
    worker.onmessageerror = downloadHere;
    const request: DownloadRequest = { url };
    worker.postMessage(request);
  });
}
