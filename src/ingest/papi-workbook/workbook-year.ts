// The official workbooks carry no year column: the year is in the sheet name ("2023_VIE_ENG",
// "2019PAPI_Indicators_VIE") or the file name ("PAPI-2016-Dữ-liệu-1.xlsx"). Which wins depends on the layout.

import { YEAR_RANGE } from '../read/cell-checks.ts';

/** Where the year was read (or that the user typed it, when neither name holds one): shown with the outcome. */
export type YearOrigin = 'sheet' | 'file' | 'user';

export interface WorkbookYear {
  readonly year: number;
  readonly from: YearOrigin;
  /** The sheet or file name it was read from. */
  readonly name: string;
}

// Four digits not inside a longer number: "1.2021PAPI" → 2021, "indicators2019" → 2019.
const YEAR_IN_NAME = /(?<!\d)(\d{4})(?!\d)/g;

/** The first plausible PAPI year written in a name, else null. */
export function yearInName(name: string): number | null {
  for (const match of name.matchAll(YEAR_IN_NAME)) {
    const year = Number(match[1]);
    if (year >= YEAR_RANGE[0] && year <= YEAR_RANGE[1]) return year;
  }
  return null;
}

/**
 * The year of a sheet, from the name `first` names, else the other one. The 2018+ workbooks hold one
 * year per sheet (the 2024 file repeats 2019-2024), so the sheet comes first; in the 2011-2017 files
 * the file name wins (the 2011 file's tab says "2012PAPI").
 */
export function readWorkbookYear(
  sheetName: string,
  fileName: string,
  first: 'sheet' | 'file',
): WorkbookYear | null {
  const names = { sheet: sheetName, file: fileName };
  const order = first === 'sheet' ? (['sheet', 'file'] as const) : (['file', 'sheet'] as const);
  for (const from of order) {
    const year = yearInName(names[from]);
    if (year !== null) return { year, from, name: names[from] };
  }
  return null;
}
