// A Blob's bytes (a dropped file, a kept file) read slice by slice: the browser hands a whole read of tens of
// megabytes to the page in one task (a 200 ms freeze for 49 MB), a slice of a few megabytes in a short one.

/** Bytes per slice: each read and its copy into place stay well under a long task. */
export const BLOB_SLICE_BYTES = 4 * 1_048_576;

/** The whole of `blob`; `onRead` hears the bytes read so far; rejects with the signal's reason once aborted. */
export async function readBlobInChunks(
  blob: Blob,
  onRead: (bytesRead: number) => void = () => undefined,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const bytes = new Uint8Array(blob.size);
  for (let offset = 0; offset < blob.size; offset += BLOB_SLICE_BYTES) {
    signal?.throwIfAborted();
    const slice = new Uint8Array(await blob.slice(offset, offset + BLOB_SLICE_BYTES).arrayBuffer());
    bytes.set(slice, offset);
    onRead(offset + slice.length);
  }
  signal?.throwIfAborted();
  return bytes;
}
