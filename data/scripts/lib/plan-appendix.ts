/** Finds the appendix table of a PAPI improvement plan (tab-separated text) and reads its rows. */

export interface AppendixRow {
  /** 1-based line number in the document, for error messages. */
  readonly line: number;
  readonly stt: string;
  readonly label: string;
  readonly task: string;
  readonly executing: string;
  readonly supervising: string;
  readonly timeframe: string;
}

const HEADER_PREFIX = 'STT\tChỉ số nội dung\tNhiệm vụ, giải pháp\t';
const COLUMN_NUMBERS = /^\(1\)\t\(2\)\t\(3\)\t\(4\)\t\(5\)\t\(6\)\s*$/;
const END_OF_TABLE = /^-{3,}\t/;
const FIELD_COUNT = 6;

/** The appendix rows between the header (and its `(1)…(6)` line) and the closing line of dashes. */
export function readAppendixRows(document: string): AppendixRow[] {
  const lines = document.normalize('NFC').split(/\r?\n/);
  const start = lines.findIndex((l) => l.startsWith(HEADER_PREFIX));
  if (start < 0) throw new Error('plan document: appendix table header not found');
  const rows: AppendixRow[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const text = lines[i] ?? '';
    if (END_OF_TABLE.test(text)) return rows;
    if (text.trim() === '' || COLUMN_NUMBERS.test(text)) continue;
    const fields = text.split('\t');
    if (fields.length !== FIELD_COUNT) {
      throw new Error(`plan document line ${i + 1}: expected ${FIELD_COUNT} fields, found ${fields.length}`);
    }
    const [stt, label, task, executing, supervising, timeframe] = fields.map((f) => f.trim());
    rows.push({
      line: i + 1,
      stt: stt ?? '',
      label: label ?? '',
      task: task ?? '',
      executing: executing ?? '',
      supervising: supervising ?? '',
      timeframe: timeframe ?? '',
    });
  }
  throw new Error('plan document: appendix table has no closing line of dashes');
}
