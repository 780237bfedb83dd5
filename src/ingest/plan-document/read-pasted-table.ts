// A table pasted from Word or Excel: the clipboard's HTML when it has a table, else its tab-separated text.

import type { PlanDocument } from './document-table.ts';
import { readTextDocument } from './document-table.ts';
import { readHtmlDocument } from './read-html-document.ts';

/** Reads what was pasted: `html` is the clipboard's text/html (may be empty), `text` its text/plain. */
export function readPastedTable(html: string, text: string): PlanDocument {
  if (/<table\b/i.test(html)) {
    const document = readHtmlDocument(html);
    if (document.tables.length > 0) return document;
  }
  return readTextDocument(text);
}
