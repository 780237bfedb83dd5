// A file as the app may hold it: its bytes in hand, or only the browser's file they are kept in (a kept
// import). Whoever needs the bytes reads them; the file-reading worker and DuckDB read the browser's file
// themselves, so a kept file of tens of megabytes is never read on the page just to be handed on.

import { readBlobInChunks } from './read-blob-in-chunks.ts';

/** Its bytes (and the browser's file they came from, when the page has it), or the browser's file alone. */
export type HeldFile =
  | { readonly name: string; readonly bytes: Uint8Array; readonly source?: Blob }
  | { readonly name: string; readonly bytes?: undefined; readonly source: Blob };

/** A held file with its bytes in hand. */
export type FileInHand = Extract<HeldFile, { readonly bytes: Uint8Array }>;

/** The file with its bytes in hand: read from the browser's file, slice by slice, when only that is held. */
export async function withBytesInHand(file: HeldFile): Promise<FileInHand> {
  if (file.bytes !== undefined) return file;
  return { name: file.name, bytes: await readBlobInChunks(file.source), source: file.source };
}

/** The name and bytes alone (the fields a reader needs), whichever form the file is held in. */
export const heldFileOf = (file: HeldFile): HeldFile =>
  file.bytes === undefined
    ? { name: file.name, source: file.source }
    : { name: file.name, bytes: file.bytes, ...(file.source === undefined ? {} : { source: file.source }) };
