// Builds minimal .docx files (OOXML in a ZIP) from paragraphs and table rows, for the plan parser's tests.

import JSZip from 'jszip';

/** A cell: its text (lines become paragraphs), spanning columns, or merged into the cell above. */
export type DocxCell = string | { text?: string; span?: number; merge?: 'start' | 'continue' };

/** A document: header paragraphs, then one table, then closing paragraphs. */
export interface DocxSpec {
  readonly before: readonly string[];
  readonly rows: readonly (readonly DocxCell[])[];
  readonly after?: readonly string[];
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const paragraph = (text: string): string =>
  `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;

function cellXml(cell: DocxCell): string {
  const spec = typeof cell === 'string' ? { text: cell } : cell;
  const properties = [
    spec.span ? `<w:gridSpan w:val="${String(spec.span)}"/>` : '',
    spec.merge === 'start' ? '<w:vMerge w:val="restart"/>' : spec.merge === 'continue' ? '<w:vMerge/>' : '',
  ].join('');
  const lines = (spec.text ?? '').split('\n');
  return `<w:tc><w:tcPr>${properties}</w:tcPr>${lines.map(paragraph).join('')}</w:tc>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** The .docx bytes of `spec`. */
export async function buildDocx(spec: DocxSpec): Promise<Uint8Array> {
  const width = Math.max(...spec.rows.map((row) => row.length));
  const grid = `<w:tblGrid>${'<w:gridCol w:w="1500"/>'.repeat(width)}</w:tblGrid>`;
  const table = spec.rows.length
    ? `<w:tbl>${grid}${spec.rows.map((row) => `<w:tr>${row.map(cellXml).join('')}</w:tr>`).join('')}</w:tbl>`
    : '';
  const body = [...spec.before.map(paragraph), table, ...(spec.after ?? []).map(paragraph)].join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file('word/document.xml', document);
  return zip.generateAsync({ type: 'uint8array' });
}
