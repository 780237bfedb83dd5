// The engine download's progress as a bar can show it: pure, so its rounding is tested in Node.

export interface DownloadProgress {
  bytesLoaded: number;
  bytesTotal: number;
}

const BYTES_PER_MB = 1024 * 1024;

/** Whole percent 0-100 of the download, or null while the size is unknown. */
export function downloadPercent(progress: DownloadProgress | null): number | null {
  if (progress === null || !(progress.bytesTotal > 0)) return null;
  const share = Math.min(Math.max(progress.bytesLoaded / progress.bytesTotal, 0), 1);
  // Floor, so the bar reads 100 only when every byte has arrived.
  return Math.floor(share * 100);
}

/** Bytes as megabytes (MiB, as the browser's own download list counts them). */
export const bytesToMegabytes = (bytes: number): number => bytes / BYTES_PER_MB;
