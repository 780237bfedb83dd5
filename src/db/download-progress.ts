// The engine download's progress as a bar can show it: pure, so its rounding is tested in Node.

export interface DownloadProgress {
  bytesLoaded: number;
  bytesTotal: number;
}

const BYTES_PER_MB = 1024 * 1024;

/**
 * The wasm download as the bar shows it, from DuckDB's report: bytes read from the response body,
 * which the browser has already decompressed, against the Content-Length header (0 when absent),
 * which counts compressed bytes when the server sends brotli or gzip. So the total is the wasm's
 * decompressed size, known at build time (duckdb-wasm-bytes.ts); without it the total is unknown
 * (no bar rather than one that reads 100 % at a sixth of the way).
 */
export function wasmDownloadProgress(
  reported: DownloadProgress,
  decompressedBytes: number | null,
): DownloadProgress {
  const { bytesLoaded } = reported;
  if (decompressedBytes === null || !(decompressedBytes > 0)) return { bytesLoaded, bytesTotal: 0 };
  return { bytesLoaded, bytesTotal: Math.max(decompressedBytes, bytesLoaded) };
}

/** Every byte of a download of known size has arrived. */
export const isDownloadComplete = (progress: DownloadProgress): boolean =>
  progress.bytesTotal > 0 && progress.bytesLoaded >= progress.bytesTotal;

/** Whole percent 0-100 of the download, or null while the size is unknown. */
export function downloadPercent(progress: DownloadProgress | null): number | null {
  if (progress === null || !(progress.bytesTotal > 0)) return null;
  const share = Math.min(Math.max(progress.bytesLoaded / progress.bytesTotal, 0), 1);
  // Floor, so the bar reads 100 only when every byte has arrived.
  return Math.floor(share * 100);
}

/** Bytes as megabytes (MiB, as the browser's own download list counts them). */
export const bytesToMegabytes = (bytes: number): number => bytes / BYTES_PER_MB;

/** How often the bar may move: a few times a second reads as smooth, and leaves the page free to render. */
export const PROGRESS_STEP_MS = 250;

/**
 * Whether a new report should move the bar. DuckDB's worker reports nearly every chunk of the 33 MB body
 * (hundreds of messages), and each shown report re-renders the page's loading state: on a slow PC those
 * renders kept interrupting the first render of the figures. So a report is shown when it is the first, when
 * the download is complete, or when the shown percent changed and a step has passed since the last one shown;
 * never one of fewer bytes than shown.
 */
export function progressWorthShowing(
  shown: { progress: DownloadProgress; at: number } | null,
  next: DownloadProgress,
  now: number,
): boolean {
  if (shown === null) return true;
  // The worker's report of the end (wasm-download-report.ts) can come before DuckDB's counter's last ones.
  if (next.bytesLoaded < shown.progress.bytesLoaded) return false;
  if (isDownloadComplete(next)) return true;
  const moved =
    downloadPercent(next) !== downloadPercent(shown.progress) ||
    Math.floor(bytesToMegabytes(next.bytesLoaded)) !==
      Math.floor(bytesToMegabytes(shown.progress.bytesLoaded));
  return moved && now - shown.at >= PROGRESS_STEP_MS;
}
