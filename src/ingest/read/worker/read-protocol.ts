// The one message protocol between the page and the file-reading worker (read-worker.ts): the page asks
// what a dropped workbook needs chosen, reads a file against its context, or reads a plan's .docx; the
// worker answers each request by its id (answer-read-request.ts). Only types and light helpers here: the
// page imports this file, and the readers (SheetJS, mammoth) stay in the worker's bundle.

import type { PlanDocument } from '../../plan-document/document-table.ts';
import type { ImportContext } from '../import-rows.ts';
import { heldFileOf, type HeldFile } from '../held-file.ts';
import type { ImportFile, ImportResult } from '../read-import-file.ts';
import type { WorkbookChoice } from '../workbook-choice.ts';

/** A file as sent to the worker: its bytes, or the browser's file the worker reads them from (no copy). */
export type SentFile =
  { readonly name: string; readonly bytes: Uint8Array } | { readonly name: string; readonly source: Blob };

/** What the page asks the worker. */
export type ReadRequest =
  | {
      readonly id: number;
      readonly kind: 'choice';
      readonly index: number;
      readonly file: SentFile;
      readonly indicatorCodes: readonly string[];
    }
  | { readonly id: number; readonly kind: 'read'; readonly file: SentFile; readonly context: ImportContext }
  /** A plan's Word document: mammoth and the HTML reading are DOM-free, so both run in the worker. */
  | { readonly id: number; readonly kind: 'docx'; readonly bytes: Uint8Array };

/** The file to send: its browser file when it has one, else its bytes (choices such as the sheet travel in the context). */
export function sentFile(file: HeldFile): SentFile {
  if (file.bytes === undefined) return { name: file.name, source: file.source };
  return file.source === undefined
    ? { name: file.name, bytes: file.bytes }
    : { name: file.name, source: file.source };
}

/** The worker's file with its bytes in hand. */
export async function receivedFile(file: SentFile): Promise<ImportFile> {
  if ('bytes' in file) return file;
  return { name: file.name, bytes: new Uint8Array(await file.source.arrayBuffer()) };
}

/** What the worker answers, by the request's id. */
export type ReadResponse =
  | { readonly id: number; readonly kind: 'choice'; readonly choice: WorkbookChoice | null }
  | { readonly id: number; readonly kind: 'read'; readonly result: ImportResult }
  | { readonly id: number; readonly kind: 'docx'; readonly document: PlanDocument }
  /**
   * What the reader threw, as its message: a .docx that is not one (mammoth's error, which the plan panel
   * shows as it did on the page), or a bug (the table readers turn bad bytes into located problems).
   */
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };

/**
 * The result without the bytes of a large scores file left for DuckDB: the page still holds them, so the
 * worker does not copy tens of megabytes back (withBulkBytes puts them back).
 */
export function withoutBulkBytes(result: ImportResult): ImportResult {
  if (result.kind !== 'scores_long' || result.bulk === undefined) return result;
  const file = { name: result.bulk.file.name, bytes: new Uint8Array(0) };
  return { ...result, bulk: { ...result.bulk, file } };
}

/** The result with the page's own file (its bytes, or the browser's file they are in) put back where the worker left them out. */
export function withBulkBytes(result: ImportResult, file: HeldFile): ImportResult {
  if (result.kind !== 'scores_long' || result.bulk === undefined) return result;
  return { ...result, bulk: { ...result.bulk, file: { ...heldFileOf(file), name: result.bulk.file.name } } };
}
