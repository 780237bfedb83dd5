// A chosen file's bytes, read by the browser slice by slice (read-blob-in-chunks.ts), with progress for the
// progress bar and an abort for cancel. (A stream read chunk by chunk in promises ran as one long task, and
// one FileReader read of the whole file hands it over in one 200 ms task.)

import { readBlobInChunks } from '../../ingest/read/read-blob-in-chunks.ts';

/** The whole file; `onRead` hears the bytes read so far; rejects with the signal's reason once aborted. */
export function readFileBytes(
  file: Blob,
  onRead: (bytesRead: number) => void,
  signal: AbortSignal,
): Promise<Uint8Array> {
  return readBlobInChunks(file, onRead, signal);
}
