// RFC 4180 CSV reading and writing for the data scripts. Reading is a small parser of its own (the scripts read
// the bundled files as plain records); writing uses the app's canonical field writer, so a bundled file is
// quoted exactly as an import's rows are when the app loads them.
import { csvField } from '../../../src/ingest/read/to-canonical-csv.ts';

/** Parses CSV text into rows of fields; quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  // A blank line is not a record.
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** Parses CSV with a header row into records of the expected columns; fails if one is missing. */
export function parseCsvRecords<K extends string>(text: string, columns: readonly K[]): Record<K, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error('CSV has no header row');
  const positions = columns.map((name) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`CSV has no column "${name}" (header: ${header.join(',')})`);
    return index;
  });
  return rows.map((row) => {
    if (row.length !== header.length) {
      throw new Error(`CSV row has ${row.length} fields, header has ${header.length}: ${row.join(',')}`);
    }
    return Object.fromEntries(columns.map((name, i) => [name, row[positions[i] ?? -1] ?? ''])) as Record<
      K,
      string
    >;
  });
}

/**
 * Formats a header and rows as the bundled data's CSV: each field as the app writes the canonical CSV it loads
 * (ingest's csvField: quoted only where needed), LF line endings, a final newline.
 */
export function formatCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}
