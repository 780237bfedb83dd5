// Which sheets of a workbook are official PAPI tables, of which layout and year, newest first; and
// which only repeat the main sheet (the 2011-2017 files' `Điểm thành phần 1…6`, one spelt `Điêm`).

import { foldDiacritics } from '../../domain/fold-text.ts';
import type { IndicatorScale } from '../read/import-rows.ts';
import type { WorkbookSheet } from '../read/read-workbook.ts';
import type { PapiWorkbookLayout } from './papi-workbook-notes.ts';
import { readIndicatorSheet } from './read-indicator-sheet.ts';
import { readSummarySheet } from './read-summary-sheet.ts';
import type { ScoreGrid } from './score-grid.ts';
import { readWorkbookYear, type WorkbookYear } from './workbook-year.ts';

export interface OfficialSheet {
  readonly name: string;
  readonly layout: PapiWorkbookLayout;
  readonly grid: ScoreGrid;
  /** Null when neither the sheet nor the file name holds a year. */
  readonly year: WorkbookYear | null;
}

export interface OfficialSheets {
  /** Newest year first (a sheet without a year last), so the default choice is the newest. */
  readonly sheets: readonly OfficialSheet[];
  readonly repeatSheets: readonly string[];
}

// "Điểm thành phần 3", "Điêm thành phần 5": folded, both read "diem thanh phan".
const REPEAT_SHEET = /^diem thanh phan\s*\d/;

/** Reads every sheet as either official layout; sheets of neither are left out. */
export function findOfficialSheets(
  sheets: readonly WorkbookSheet[],
  fileName: string,
  indicators: readonly IndicatorScale[],
): OfficialSheets {
  const repeats = sheets.filter((sheet) => REPEAT_SHEET.test(foldDiacritics(sheet.name)));
  const found = sheets.flatMap((sheet): OfficialSheet[] => {
    if (repeats.includes(sheet)) return [];
    const at = { file: fileName, sheet: sheet.name };
    // The 2011-2017 layout first: its header row is specific (`Tên tỉnh` beside `1: …` columns).
    const summary = readSummarySheet(sheet.rows);
    if (summary !== null) {
      const year = readWorkbookYear(sheet.name, fileName, 'file');
      return [{ name: sheet.name, layout: 'summary-2011-2017', grid: summary, year }];
    }
    const indicatorsGrid = readIndicatorSheet(sheet.rows, indicators, at);
    if (indicatorsGrid === null || indicatorsGrid.lines.length === 0) return [];
    const year = readWorkbookYear(sheet.name, fileName, 'sheet');
    return [{ name: sheet.name, layout: 'provincial-indicators', grid: indicatorsGrid, year }];
  });
  const newestFirst = [...found].sort((a, b) => (b.year?.year ?? -1) - (a.year?.year ?? -1));
  const hasSummary = found.some((sheet) => sheet.layout === 'summary-2011-2017');
  return { sheets: newestFirst, repeatSheets: hasSummary ? repeats.map((sheet) => sheet.name) : [] };
}

/** Each official sheet a user can choose (newest year first) with its year, null where neither name holds one. */
export const officialSheetYears = (
  sheets: readonly WorkbookSheet[],
  fileName: string,
): { readonly sheet: string; readonly year: number | null }[] =>
  findOfficialSheets(sheets, fileName, []).sheets.map((sheet) => ({
    sheet: sheet.name,
    year: sheet.year?.year ?? null,
  }));
