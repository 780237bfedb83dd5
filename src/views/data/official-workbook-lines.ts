// An official PAPI workbook's outcome in words: the year(s) read and from which name, or that the user
// typed it (for the user to check), the provinces without scores per year, the survey values kept, the
// rows and sheets left out, and the located warnings.

import type { Translate } from '../../i18n/translate.ts';
import type { FileOutcome } from '../../ingest/apply/import-outcome.ts';
import type { PapiWorkbookNotes, YearSheetNotes } from '../../ingest/papi-workbook/papi-workbook-notes.ts';
import { describeProblem } from '../../ingest/read/describe-problem.ts';

/** The line saying which year(s) were read and where from. */
function yearLine(file: string, notes: PapiWorkbookNotes, t: Translate): string {
  if (notes.yearsRead.length > 1) {
    return t('import.official.years', { file, years: notes.yearsRead.map((read) => read.year).join(', ') });
  }
  const { year } = notes;
  if (notes.yearFrom === 'user') return t('import.official.yearTyped', { file, year });
  const origin = t(`import.official.origin.${notes.yearFrom}`, { name: notes.yearName });
  return t('import.official.year', { file, year, origin });
}

const unscoredLines = (yearsRead: readonly YearSheetNotes[], t: Translate): string[] =>
  yearsRead.flatMap(({ unscored, year }) =>
    unscored.length === 0 ? [] : [t('import.official.unscored', { provinces: unscored.join(', '), year })],
  );

/** Lines about one file (none when it is not an official workbook) and its first `shown` warnings in words. */
export function describeOfficialWorkbook(
  file: FileOutcome,
  t: Translate,
  shown: number,
): { lines: string[]; warningLines: string[] } {
  const notes = file.official;
  if (notes === undefined) return { lines: [], warningLines: [] };
  const lines = [
    yearLine(file.name, notes, t),
    ...unscoredLines(notes.yearsRead, t),
    ...(notes.surveyValues === 0 ? [] : [t('import.official.surveyKept', { count: notes.surveyValues })]),
    ...(notes.skippedRows === 0 ? [] : [t('import.official.rowsSkipped', { count: notes.skippedRows })]),
    ...(notes.repeatSheets.length === 0
      ? []
      : [
          t('import.official.repeatSheets', {
            sheets: notes.repeatSheets.map((sheet) => `“${sheet}”`).join(', '),
          }),
        ]),
    ...(notes.otherYears.length === 0
      ? []
      : [t('import.official.otherYears', { years: [...notes.otherYears].sort().join(', ') })]),
  ];
  const warnings = notes.warnings.slice(0, shown).map((warning) => describeProblem(warning, t));
  const more = notes.warnings.length - warnings.length;
  return {
    lines,
    warningLines: more > 0 ? [...warnings, t('data.import.moreProblems', { count: more })] : warnings,
  };
}
