// Reads a PDF as the app does, through the same adapter, with pdf.js's legacy build (the one for Node).

import * as legacyPdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readPdfDocument, type PdfReading } from '../../../../src/ingest/plan-document/pdf/read-pdf.ts';
import {
  readPlanDocument,
  type PlanReading,
} from '../../../../src/ingest/plan-document/read-plan-document.ts';
import { PLAN_REFERENCE } from '../plan-reference.ts';

/** The PDF's text layer read into a PlanDocument, or the refusal. */
export const readPdf = (bytes: Uint8Array): Promise<PdfReading> => readPdfDocument(bytes, legacyPdfJs);

/** The plan reader's result for a PDF, or a failed test when the PDF was refused. */
export async function readPdfPlan(bytes: Uint8Array): Promise<PlanReading> {
  const pdf = await readPdf(bytes);
  if (!pdf.ok) throw new Error(`PDF refused: ${pdf.reason}`);
  return readPlanDocument(pdf.document, PLAN_REFERENCE);
}
