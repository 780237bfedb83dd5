// What reading an official PAPI workbook tells the user besides the rows: the year and where it was
// read, the provinces without scores, what was left out, and the warnings that do not refuse the file.

import type { ImportProblem } from '../read/import-problem.ts';
import type { YearOrigin } from './workbook-year.ts';

/** The two published layouts: 2018 onward (indicators by row, provinces by column) and 2011-2017. */
export type PapiWorkbookLayout = 'provincial-indicators' | 'summary-2011-2017';

/** One year sheet read: its year, where the year came from, and the provinces it gives no score. */
export interface YearSheetNotes {
  readonly sheet: string;
  readonly year: number;
  readonly yearFrom: YearOrigin;
  /** The sheet or file name the year was read from ('' when the user typed it). */
  readonly yearName: string;
  /** Provinces whose column (or row) is blank or all 0: not scored that year. */
  readonly unscored: readonly string[];
}

export interface PapiWorkbookNotes {
  readonly layout: PapiWorkbookLayout;
  /** The newest year read, where it came from, and its unscored provinces (as yearsRead[0]). */
  readonly year: number;
  readonly yearFrom: YearOrigin;
  /** The sheet or file name the year was read from. */
  readonly yearName: string;
  /** Provinces whose column (or row) is blank or all 0: not scored that year. */
  readonly unscored: readonly string[];
  /** Every year sheet read in this import, newest first (several when the user chose several years). */
  readonly yearsRead: readonly YearSheetNotes[];
  /** Rows that are neither scores nor survey indicators, left out. */
  readonly skippedRows: number;
  /** Survey indicator values (0%-100% rows) kept in their own table, every year read together. */
  readonly surveyValues: number;
  /** Sheets that repeat the main sheet's values (`Điểm thành phần 1…6`), not read. */
  readonly repeatSheets: readonly string[];
  /** The workbook's other year sheets, which the user can pick instead. */
  readonly otherYears: readonly number[];
  /** Located warnings (a dimension that disagrees with its parts, a score row not recognised). */
  readonly warnings: readonly ImportProblem[];
}
