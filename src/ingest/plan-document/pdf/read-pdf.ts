// The thin adapter between pdf.js and the plan reader: a PDF's bytes → each page's text items with their
// positions, then the PlanDocument (pdf-plan-document.ts). pdf.js is passed in: the browser loads its
// modern build with a self-hosted worker (load-pdfjs.ts), Node tests its legacy build. Nothing is fetched:
// no eval, no font faces, no system fonts, no CMaps or standard fonts from a URL.

import type { getDocument } from 'pdfjs-dist';
import { planDocumentFromPdfText, type PdfTextReading } from './pdf-plan-document.ts';
import type { PdfPageText, PdfTextItem } from './pdf-text.ts';

/** What the adapter uses of pdf.js (its modern or legacy build). */
export interface PdfJs {
  readonly getDocument: typeof getDocument;
}

export type PdfReading =
  | PdfTextReading
  | { readonly ok: false; readonly reason: 'encrypted' | 'unreadable'; readonly detail: string };

// pdf.js's VerbosityLevel.ERRORS: no warnings on the console for fonts it does not need to render.
const ERRORS_ONLY = 0;

interface RawTextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
}

function textItem(raw: RawTextItem): PdfTextItem {
  const [, , c = 0, d = 0, x = 0, y = 0] = raw.transform;
  return { text: raw.str, x, y, width: raw.width, fontSize: Math.hypot(c, d) };
}

/** Every page's text items; throws pdf.js's own errors (PasswordException, InvalidPDFException, …). */
export async function readPdfText(bytes: Uint8Array, pdfjs: PdfJs): Promise<PdfPageText[]> {
  const task = pdfjs.getDocument({
    // pdf.js hands its buffer to the worker: give it a copy, so the caller's bytes stay usable.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    enableXfa: false,
    verbosity: ERRORS_ONLY,
  });
  try {
    const pdf = await task.promise;
    const pages: PdfPageText[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      // Marked-content entries (no `str`) carry no text.
      pages.push({ number, items: content.items.flatMap((item) => ('str' in item ? [textItem(item)] : [])) });
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

/** Reads a PDF plan's text layer into a PlanDocument, or says why it cannot: never throws. */
export async function readPdfDocument(bytes: Uint8Array, pdfjs: PdfJs): Promise<PdfReading> {
  let pages: PdfPageText[];
  try {
    pages = await readPdfText(bytes, pdfjs);
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: name === 'PasswordException' ? 'encrypted' : 'unreadable', detail };
  }
  return planDocumentFromPdfText(pages);
}
