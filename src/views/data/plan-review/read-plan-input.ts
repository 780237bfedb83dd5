// What arrives on the plan panel (a chosen or dropped file, a paste) → the parser's reading. Never rejects.

import { isDownloadFailure } from '../../../components/error-failure.ts';
import { decodeText } from '../../../ingest/read/decode-text.ts';
import { detectFileFormat } from '../../../ingest/read/detect-file-format.ts';
import { readTextDocument, type PlanDocument } from '../../../ingest/plan-document/document-table.ts';
import type { PdfJs } from '../../../ingest/plan-document/pdf/read-pdf.ts';
import { readPastedTable } from '../../../ingest/plan-document/read-pasted-table.ts';
import {
  readPlanDocument,
  type PlanReading,
  type PlanReference,
} from '../../../ingest/plan-document/read-plan-document.ts';
import { startFileReading } from '../../../ingest/read/worker/file-reading.ts';

export type PlanInputReading =
  | { readonly kind: 'read'; readonly source: string; readonly reading: PlanReading }
  | { readonly kind: 'unreadable'; readonly source: string; readonly error: string }
  /**
   * The reader could not be downloaded: it is a desk tool the service worker keeps only once it has been used
   * (src/server/first-use-tools.ts), and this device is offline before that first use.
   */
  | { readonly kind: 'readerNotDownloaded'; readonly source: string; readonly reader: 'pdf' | 'word' }
  | {
      readonly kind: 'pdfRefused';
      readonly source: string;
      /** 'noText': a scan, nothing to read; 'encrypted': a password; 'unreadable': damaged. */
      readonly reason: 'noText' | 'encrypted' | 'unreadable';
      readonly pages: number;
    };

/**
 * A .docx read in the file-reading worker (mammoth is heavy), which ends once it has answered, or at once
 * when `signal` aborts (the read then rejects with ReadCancelled).
 */
async function readDocxOffThePage(bytes: Uint8Array, signal?: AbortSignal): Promise<PlanDocument> {
  const reading = startFileReading();
  const cancel = (): void => reading.cancel();
  signal?.addEventListener('abort', cancel, { once: true });
  if (signal?.aborted === true) cancel();
  try {
    return await reading.docx(bytes);
  } finally {
    signal?.removeEventListener('abort', cancel);
    reading.close();
  }
}

async function documentOf(bytes: Uint8Array, signal?: AbortSignal): Promise<PlanDocument> {
  const format = detectFileFormat(bytes);
  if (format === 'docx') return readDocxOffThePage(bytes, signal);
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new Error(format);
  // A saved web page (Word's "Save as HTML") or the seed's plain-text form.
  return /<table\b/i.test(decoded.text) ? readPastedTable(decoded.text, '') : readTextDocument(decoded.text);
}

/**
 * pdf.js's words when its worker would not start and its fallback, the worker's code on the page, failed: a
 * download failure inside means the worker's file is missing (the reader's chunk was there, its worker not).
 */
const PDF_WORKER_SETUP_FAILED = /^Setting up fake worker failed: "(.*)"\.$/s;

const pdfWorkerNotDownloaded = (detail: string): boolean => {
  const inner = PDF_WORKER_SETUP_FAILED.exec(detail)?.[1];
  return inner !== undefined && isDownloadFailure(new Error(inner));
};

const loadBrowserPdfJs = async (): Promise<PdfJs> =>
  (await import('../../../ingest/plan-document/pdf/load-pdfjs.ts')).loadPdfJs();

/**
 * Reads a plan file (.docx, a PDF with a text layer, or its text/HTML form); `loadPdf` gives pdf.js. An
 * aborted `signal` ends a .docx's worker (the reading is then 'unreadable': see readCancellablePlanFile).
 */
export async function readPlanFile(
  name: string,
  bytes: Uint8Array,
  reference: PlanReference,
  loadPdf: () => Promise<PdfJs> = loadBrowserPdfJs,
  signal?: AbortSignal,
): Promise<PlanInputReading> {
  try {
    if (detectFileFormat(bytes) === 'pdf') {
      // The PDF reader and pdf.js are their own chunks, downloaded only when a PDF arrives.
      const { readPdfDocument } = await import('../../../ingest/plan-document/pdf/read-pdf.ts');
      const pdf = await readPdfDocument(bytes, await loadPdf());
      if (!pdf.ok && pdf.reason === 'unreadable' && 'detail' in pdf && pdfWorkerNotDownloaded(pdf.detail))
        return { kind: 'readerNotDownloaded', source: name, reader: 'pdf' };
      if (!pdf.ok)
        return {
          kind: 'pdfRefused',
          source: name,
          reason: pdf.reason,
          pages: 'pages' in pdf ? pdf.pages : 0,
        };
      return { kind: 'read', source: name, reading: readPlanDocument(pdf.document, reference) };
    }
    return {
      kind: 'read',
      source: name,
      reading: readPlanDocument(await documentOf(bytes, signal), reference),
    };
  } catch (error) {
    if (isDownloadFailure(error))
      return {
        kind: 'readerNotDownloaded',
        source: name,
        reader: detectFileFormat(bytes) === 'pdf' ? 'pdf' : 'word',
      };
    return {
      kind: 'unreadable',
      source: name,
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

/**
 * readPlanFile that the user can cancel: null once `signal` has aborted, whatever the read gave by then (a
 * .docx's worker ends at the abort; a PDF's or a text's result, coming later, is dropped).
 */
export async function readCancellablePlanFile(
  name: string,
  bytes: Uint8Array,
  reference: PlanReference,
  signal: AbortSignal,
  loadPdf: () => Promise<PdfJs> = loadBrowserPdfJs,
): Promise<PlanInputReading | null> {
  if (signal.aborted) return null;
  const input = await readPlanFile(name, bytes, reference, loadPdf, signal);
  return signal.aborted ? null : input;
}

/** Reads what was pasted (the clipboard's text/html, else its text/plain). */
export function readPlanPaste(
  html: string,
  text: string,
  source: string,
  reference: PlanReference,
): PlanInputReading {
  return { kind: 'read', source, reading: readPlanDocument(readPastedTable(html, text), reference) };
}
