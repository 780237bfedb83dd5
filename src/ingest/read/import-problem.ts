// A problem found while reading an import is data; describe-problem.ts turns it into words.

/** Every kind of problem the reader reports (i18n: `import.problem.<key>`). */
export const PROBLEM_KEYS = [
  'notSpreadsheet',
  'fileTooLarge',
  'tooManyRows',
  'unreadableWorkbook',
  'unreadableFile',
  'emptyFile',
  'headerOnly',
  'unknownLayout',
  'missingColumn',
  'missingValue',
  'badNumber',
  'unknownProvince',
  'provinceMerged',
  'unknownIndicator',
  'scoreOutOfScale',
  'yearOutOfRange',
  'percentOutOfRange',
  'unknownStatus',
  'unknownPeriod',
  'badDate',
  'unknownTask',
  'duplicateConflict',
  'badPlanGoals',
  // The official PAPI workbooks (src/ingest/papi-workbook): refusals, then warnings that never refuse.
  'yearUnknown',
  'duplicateProvince',
  'sumMismatch',
  'unrecognisedScoreRow',
  // Returned report forms (src/ingest/report-forms).
  'formUnknownPlan',
  'formTaskChanged',
  'formRowAdded',
  'dateInFuture',
] as const;

export type ProblemKey = (typeof PROBLEM_KEYS)[number];

/** Where a problem is and what was found: row as Excel numbers it (1-based, title lines counted), column by its header as written. */
export interface ImportProblem {
  readonly file: string;
  readonly sheet: string | null;
  readonly row: number | null;
  readonly column: string | null;
  readonly key: ProblemKey;
  readonly args: Readonly<Record<string, string | number>>;
  /** The cell as Excel names it ("F12"), for layouts whose columns have no header (the official workbooks). */
  readonly cell?: string;
}

/** Where in a file: used to stamp problems found deeper down. */
export interface ProblemLocation {
  readonly file: string;
  readonly sheet: string | null;
}

/** A problem about the whole file (no row, no column). */
export function fileProblem(
  at: ProblemLocation,
  key: ProblemKey,
  args: ImportProblem['args'] = {},
): ImportProblem {
  return { file: at.file, sheet: at.sheet, row: null, column: null, key, args };
}
