// A chosen file's bytes, read by the browser off the page's thread (FileReader), with progress events for
// the progress bar and an abort for cancel. (A stream read chunk by chunk in promises ran as one long task.)

/** The whole file; `onRead` hears the bytes read so far; rejects with the signal's reason once aborted. */
export function readFileBytes(
  file: Blob,
  onRead: (bytesRead: number) => void,
  signal: AbortSignal,
): Promise<Uint8Array> {
  return new Promise<Uint8Array>((resolve, reject) => {
    signal.throwIfAborted();
    const reader = new FileReader();
    const onAbort = (): void => reader.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    reader.onprogress = (event) => onRead(event.loaded);
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error(`${file.size} bytes could not be read.`));
    reader.onabort = () => reject(signal.reason);
    reader.onloadend = () => signal.removeEventListener('abort', onAbort);
    reader.readAsArrayBuffer(file);
  });
}
