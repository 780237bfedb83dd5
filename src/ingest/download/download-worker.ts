// A worker that downloads one file and hands its bytes over (transferred, not copied). The browser decodes a
// compressed response on the thread that reads it: read by the page, the bundled database's 4.5 MB (296 KB of
// brotli) held its main thread 50-100 ms, one long task, while the first screen was in use.

import { fetchDownload, type DownloadRequest, type Downloaded } from './fetch-download.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<DownloadRequest>) => void) | null;
  postMessage: (message: Downloaded, transfer: Transferable[]) => void;
};

scope.onmessage = (event) => {
  void fetchDownload(event.data.url).then((downloaded) =>
    scope.postMessage(downloaded, downloaded.kind === 'bytes' ? [downloaded.bytes] : []),
  );
};
