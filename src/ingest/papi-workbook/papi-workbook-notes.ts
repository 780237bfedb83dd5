// What reading an official PAPI workbook tells the user besides the rows: the year and where it was
// read, the provinces without scores, what was left out, and the warnings that do not refuse the file.

import type { ImportProblem } from '../read/import-problem';
import type { YearOrigin } from './workbook-year';

/** The two published layouts: 2018 onward (indicators by row, provinces by column) and 2011-2017. */
export type PapiWorkbookLayout = 'provincial-indicators' | 'summary-2011-2017';

export interface PapiWorkbookNotes {
  readonly layout: PapiWorkbookLayout;
  readonly year: number;
  readonly yearFrom: YearOrigin;
  /** The sheet or file name the year was read from. */
  readonly yearName: string;
  /** Provinces whose column (or row) is blank or all 0: not scored that year. */
  readonly unscored: readonly string[];
  /** Survey indicator rows and other rows that are not scores, left out. */
  readonly skippedRows: number;
  /** Sheets that repeat the main sheet's values (`Điểm thành phần 1…6`), not read. */
  readonly repeatSheets: readonly string[];
  /** The workbook's other year sheets, which the user can pick instead. */
  readonly otherYears: readonly number[];
  /** Located warnings (a dimension that disagrees with its parts, a score row not recognised). */
  readonly warnings: readonly ImportProblem[];
}
