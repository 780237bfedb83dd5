// A .docx as HTML through mammoth, loaded only when a Word document arrives (it is not in the first download).

import { readHtmlDocument } from './read-html-document.ts';
import type { PlanDocument } from './document-table.ts';

/** Reads the body of a .docx (tables with merged cells, paragraphs) into a PlanDocument. */
export async function readDocxDocument(bytes: Uint8Array): Promise<PlanDocument> {
  // mammoth is CommonJS (`export =`): its API is the module's default export in Vite and in Node.
  const mammoth = (await import('mammoth')).default;
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  // Node's mammoth reads `buffer`, the browser build `arrayBuffer`: give both (JSZip takes either).
  const input = { arrayBuffer, buffer: bytes } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
  const { value } = await mammoth.convertToHtml(input);
  return readHtmlDocument(value);
}
