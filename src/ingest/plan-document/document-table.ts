// The document as the parser sees it, whatever it came from (.docx, pasted HTML, tab-separated text):
// its text lines in order (for the header) and its tables as rows of cells.

/** One cell after merged cells are spread out: `merged` when it repeats a cell above (rowspan) or to the left (colspan). */
export interface DocumentCell {
  /** The cell's content: plain text, or HTML kept as written (block tags become line breaks later). */
  readonly text: string;
  readonly merged: 'none' | 'from-above' | 'from-left';
}

/** One table row and where it is, for messages (1-based row in the table, or line in a text document). */
export interface DocumentRow {
  readonly number: number;
  readonly cells: readonly DocumentCell[];
}

export interface DocumentTable {
  readonly rows: readonly DocumentRow[];
}

/** Text lines outside and inside tables, in document order, and the tables. */
export interface PlanDocument {
  readonly lines: readonly string[];
  readonly tables: readonly DocumentTable[];
  /** 'line' when rows are numbered by line of a text document, 'row' when by table row. */
  readonly numbering: 'line' | 'row';
}

const plainCell = (text: string): DocumentCell => ({ text, merged: 'none' });

// The seed's table ends at a line of dashes; a paragraph (one field) ends a pasted one.
const END_OF_TABLE = /^-{3,}(\t|$)/;

/**
 * A text document (the seed's form, or Word/Excel text on the clipboard): tab-separated lines are
 * table rows; a run of them is one table, ended by a line without tabs or a line of dashes.
 * Blank lines inside a table are skipped.
 */
export function readTextDocument(text: string): PlanDocument {
  const lines = text.normalize('NFC').split(/\r?\n/);
  const tables: DocumentTable[] = [];
  let current: DocumentRow[] | null = null;
  lines.forEach((line, index) => {
    if (current !== null && line.trim() === '') return;
    const isRow = line.includes('\t') && !END_OF_TABLE.test(line);
    if (isRow) {
      current ??= [];
      current.push({ number: index + 1, cells: line.split('\t').map(plainCell) });
    } else if (current !== null) {
      tables.push({ rows: current });
      current = null;
    }
  });
  if (current !== null) tables.push({ rows: current });
  return { lines: lines.map((line) => line.trim()), tables, numbering: 'line' };
}
