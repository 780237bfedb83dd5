// The official PAPI workbooks as papi.org.vn publishes them → the app's score rows, the same typed rows
// the long CSV gives (so the same checks, merge and 2025-map rules apply), with the notes the user sees.

import { fileProblem, type ImportProblem } from '../read/import-problem';
import type { ImportContext, ScoreRow } from '../read/import-rows';
import type { WorkbookSheet } from '../read/read-workbook';
import { readGridScores } from './grid-scores';
import { findOfficialSheets } from './official-sheets';
import type { PapiWorkbookNotes } from './papi-workbook-notes';

export interface PapiWorkbookRead {
  readonly rows: readonly ScoreRow[];
  readonly problems: readonly ImportProblem[];
  /** The sheet read, and the official sheets to choose from (newest year first). */
  readonly sheet: string;
  readonly sheets: readonly string[];
  /** Null when no year could be read (a refusal). */
  readonly notes: PapiWorkbookNotes | null;
}

/**
 * Reads the sheet `context.sheet` names, else the newest year's sheet. Null when the workbook (or the
 * chosen sheet) is neither official layout, so the caller reads it as the other kinds of file.
 */
export function readPapiWorkbook(
  fileName: string,
  sheets: readonly WorkbookSheet[],
  context: ImportContext,
): PapiWorkbookRead | null {
  const official = findOfficialSheets(sheets, fileName, context.indicators);
  const chosen =
    context.sheet === undefined
      ? official.sheets[0]
      : official.sheets.find((sheet) => sheet.name === context.sheet);
  if (chosen === undefined) return null;
  const at = { file: fileName, sheet: chosen.name };
  const names = official.sheets.map((sheet) => sheet.name);
  if (chosen.year === null) {
    return {
      rows: [],
      problems: [fileProblem(at, 'yearUnknown')],
      sheet: chosen.name,
      sheets: names,
      notes: null,
    };
  }
  const { year } = chosen.year;
  const source = `CECODES & UNDP, PAPI ${year} (${fileName}, ${chosen.name})`;
  const scores = readGridScores(chosen.grid, { at, year, source }, context);
  const empty = scores.rows.length === 0 && scores.problems.length === 0;
  const otherYears = [...new Set(official.sheets.flatMap((sheet) => sheet.year?.year ?? []))].filter(
    (other) => other !== year,
  );
  return {
    rows: scores.rows,
    problems: empty ? [fileProblem(at, 'headerOnly')] : scores.problems,
    sheet: chosen.name,
    sheets: names,
    notes: {
      layout: chosen.layout,
      year,
      yearFrom: chosen.year.from,
      yearName: chosen.year.name,
      unscored: scores.unscored,
      skippedRows: chosen.grid.skippedRows,
      repeatSheets: official.repeatSheets,
      otherYears,
      warnings: scores.warnings,
    },
  };
}
