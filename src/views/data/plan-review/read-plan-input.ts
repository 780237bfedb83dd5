// What arrives on the plan panel (a chosen or dropped file, a paste) → the parser's reading. Never rejects.

import { decodeText } from '../../../ingest/read/decode-text';
import { detectFileFormat } from '../../../ingest/read/detect-file-format';
import { readTextDocument, type PlanDocument } from '../../../ingest/plan-document/document-table';
import { readDocxDocument } from '../../../ingest/plan-document/read-docx';
import { readPastedTable } from '../../../ingest/plan-document/read-pasted-table';
import {
  readPlanDocument,
  type PlanReading,
  type PlanReference,
} from '../../../ingest/plan-document/read-plan-document';

export type PlanInputReading =
  | { readonly kind: 'read'; readonly source: string; readonly reading: PlanReading }
  | { readonly kind: 'unreadable'; readonly source: string; readonly error: string };

async function documentOf(bytes: Uint8Array): Promise<PlanDocument> {
  const format = detectFileFormat(bytes);
  if (format === 'docx') return readDocxDocument(bytes);
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new Error(format);
  // A saved web page (Word's "Save as HTML") or the seed's plain-text form.
  return /<table\b/i.test(decoded.text) ? readPastedTable(decoded.text, '') : readTextDocument(decoded.text);
}

/** Reads a plan file (.docx, or its text/HTML form). */
export async function readPlanFile(
  name: string,
  bytes: Uint8Array,
  reference: PlanReference,
): Promise<PlanInputReading> {
  try {
    return { kind: 'read', source: name, reading: readPlanDocument(await documentOf(bytes), reference) };
  } catch (error) {
    return {
      kind: 'unreadable',
      source: name,
      error: error instanceof Error ? error.message : String(error),
    };
  }
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
