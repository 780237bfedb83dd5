// Excel's rule for a sheet name, decided here only: 1 to 31 characters, none of : \ / ? * [ ], no ' at either
// end, and not "History" (Excel's own). ExcelJS refuses any other name, and so does Excel when it opens the file.

export const SHEET_NAME_MAX = 31;
const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/g;
const EDGE_APOSTROPHES = /^'+|'+$/g;
const RESERVED = 'history';

/**
 * `name` as Excel accepts it: each forbidden character a space, the edges trimmed of spaces and apostrophes, cut
 * to 31 characters; `fallback` when nothing is left or the name is Excel's reserved one.
 */
export function excelSheetName(name: string, fallback: string): string {
  const cleaned = name
    .replace(SHEET_NAME_FORBIDDEN, ' ')
    .trim()
    .replace(EDGE_APOSTROPHES, '')
    .trim()
    .slice(0, SHEET_NAME_MAX)
    .trim();
  return cleaned === '' || cleaned.toLowerCase() === RESERVED ? fallback : cleaned;
}
