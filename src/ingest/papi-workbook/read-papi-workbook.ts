// The official PAPI workbooks as papi.org.vn publishes them → the app's score rows, the same typed rows
// the long CSV gives (so the same checks, merge and 2025-map rules apply), with the notes the user sees.
// Several year sheets can be read in one import; a workbook whose names hold no year takes the year the
// user typed.

import { fileProblem, type ImportProblem } from '../read/import-problem.ts';
import type { ImportContext, ScoreRow, SurveyIndicatorRow } from '../read/import-rows.ts';
import type { WorkbookSheet } from '../read/read-workbook.ts';
import { readGridScores } from './grid-scores.ts';
import { findOfficialSheets, type OfficialSheet } from './official-sheets.ts';
import type { PapiWorkbookNotes, YearSheetNotes } from './papi-workbook-notes.ts';
import { isTypedYearValid } from './typed-year.ts';
import type { WorkbookYear } from './workbook-year.ts';

export interface PapiWorkbookRead {
  readonly rows: readonly ScoreRow[];
  /** Survey indicator values (their own table, never scores). */
  readonly survey: readonly SurveyIndicatorRow[];
  readonly problems: readonly ImportProblem[];
  /** The sheet read (the newest when several were), and the official sheets to choose from (newest year first). */
  readonly sheet: string;
  readonly sheets: readonly string[];
  /** Null when no year could be read (a refusal). */
  readonly notes: PapiWorkbookNotes | null;
}

/** The sheets to read: one per year in `context.years`, else the sheet `context.sheet` names, else the newest. */
function chooseSheets(official: readonly OfficialSheet[], context: ImportContext): OfficialSheet[] {
  const { years } = context;
  if (years !== undefined && years.length > 0) {
    // Newest first already; the first sheet of a year is that year's.
    return official.filter(
      (sheet, at) =>
        sheet.year !== null &&
        years.includes(sheet.year.year) &&
        official.findIndex((other) => other.year?.year === sheet.year?.year) === at,
    );
  }
  const chosen =
    context.sheet === undefined ? official[0] : official.find((sheet) => sheet.name === context.sheet);
  return chosen === undefined ? [] : [chosen];
}

/** The sheet's year: from its names, else the one the user typed, else null. */
function yearOf(sheet: OfficialSheet, typedYear: number | undefined): WorkbookYear | null {
  if (sheet.year !== null) return sheet.year;
  return typedYear !== undefined && isTypedYearValid(typedYear)
    ? { year: typedYear, from: 'user', name: '' }
    : null;
}

/**
 * Reads the sheets `context.years` or `context.sheet` name, else the newest year's sheet. Null when the
 * workbook (or the chosen sheet) is neither official layout, so the caller reads it as the other kinds of file.
 */
export function readPapiWorkbook(
  fileName: string,
  sheets: readonly WorkbookSheet[],
  context: ImportContext,
): PapiWorkbookRead | null {
  const official = findOfficialSheets(sheets, fileName, context.indicators);
  const chosen = chooseSheets(official.sheets, context);
  const first = chosen[0];
  if (first === undefined) return null;
  const names = official.sheets.map((sheet) => sheet.name);
  const dated = chosen.map((sheet) => ({ sheet, year: yearOf(sheet, context.typedYear) }));
  const undated = dated.find((entry) => entry.year === null);
  if (undated !== undefined) {
    const problem = fileProblem({ file: fileName, sheet: undated.sheet.name }, 'yearUnknown');
    return { rows: [], survey: [], problems: [problem], sheet: first.name, sheets: names, notes: null };
  }
  const reads = dated.flatMap(({ sheet, year }) => {
    if (year === null) return [];
    const at = { file: fileName, sheet: sheet.name };
    const source = `CECODES & UNDP, PAPI ${year.year} (${fileName}, ${sheet.name})`;
    const scores = readGridScores(sheet.grid, { at, year: year.year, source }, context);
    const notes: YearSheetNotes = {
      sheet: sheet.name,
      year: year.year,
      yearFrom: year.from,
      yearName: year.name,
      unscored: scores.unscored,
    };
    return [{ sheet, scores, notes }];
  });
  const rows = reads.flatMap((read) => read.scores.rows);
  const problems = reads.flatMap((read) => read.scores.problems);
  const empty = rows.length === 0 && problems.length === 0;
  const yearsRead = reads.map((read) => read.notes);
  const readYears = new Set(yearsRead.map((notes) => notes.year));
  const otherYears = [...new Set(official.sheets.flatMap((sheet) => sheet.year?.year ?? []))].filter(
    (other) => !readYears.has(other),
  );
  const [newest] = yearsRead;
  if (newest === undefined) return null;
  const survey = reads.flatMap((read) => read.scores.survey);
  return {
    rows,
    survey,
    problems: empty ? [fileProblem({ file: fileName, sheet: first.name }, 'headerOnly')] : problems,
    sheet: first.name,
    sheets: names,
    notes: {
      layout: first.layout,
      year: newest.year,
      yearFrom: newest.yearFrom,
      yearName: newest.yearName,
      unscored: newest.unscored,
      yearsRead,
      skippedRows: reads.reduce((sum, read) => sum + read.sheet.grid.skippedRows, 0),
      surveyValues: survey.length,
      repeatSheets: official.repeatSheets,
      otherYears,
      warnings: reads.flatMap((read) => read.scores.warnings),
    },
  };
}
