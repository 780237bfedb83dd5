// CSV text → rows, with papaparse on the main thread (its worker mode breaks in Vite builds). The
// delimiter is the one under which a header row names the most known columns; Excel writes `;`
// on machines whose decimal separator is a comma (Vietnamese Windows), `,` elsewhere, tab for
// "Unicode text".

import Papa from 'papaparse';
import { countHeaderMatches, findHeaderRow, HEADER_SEARCH_ROWS, trimTable } from './find-header-row.ts';

export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface SniffedTable {
  readonly delimiter: Delimiter;
  /** Index into rows of the header row (rows above it are title lines). */
  readonly headerRowIndex: number;
  /** Every record, title lines included, so index + 1 is the row number Excel shows. */
  readonly rows: string[][];
}

function parseRows(text: string, delimiter: Delimiter, preview?: number): string[][] {
  const result = Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    skipEmptyLines: false,
    ...(preview === undefined ? {} : { preview }),
  });
  return result.data;
}

/** Score of a delimiter on the first rows: best header matches, then rows as wide as that header, then rows split at all. */
function scoreDelimiter(text: string, delimiter: Delimiter): readonly number[] {
  const rows = parseRows(text, delimiter, HEADER_SEARCH_ROWS + 20);
  const header = rows[findHeaderRow(rows)] ?? [];
  const sameWidth = rows.filter((row) => row.length === header.length && header.length > 1).length;
  return [countHeaderMatches(header), sameWidth, rows.filter((row) => row.length > 1).length];
}

const isBetter = (score: readonly number[], best: readonly number[]): boolean => {
  const index = score.findIndex((value, position) => value !== best[position]);
  return index !== -1 && (score[index] ?? 0) > (best[index] ?? 0);
};

function chooseDelimiter(text: string): Delimiter {
  let best: Delimiter = ',';
  let bestScore = scoreDelimiter(text, best);
  for (const delimiter of DELIMITERS.slice(1)) {
    const score = scoreDelimiter(text, delimiter);
    if (isBetter(score, bestScore)) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** Splits CSV text into rows (CRLF, quoted newlines; trailing empty rows and columns dropped) and finds its header row. */
export function sniffTable(text: string): SniffedTable {
  const delimiter = chooseDelimiter(text);
  const rows = trimTable(parseRows(text, delimiter));
  return { delimiter, headerRowIndex: findHeaderRow(rows), rows };
}
