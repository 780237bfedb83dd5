// An official PAPI workbook's outcome in words: the year read and from which name (for the user to
// check), the provinces without scores, the rows and sheets left out, and the located warnings.

import type { Translate } from '../../i18n/translate';
import type { FileOutcome } from '../../ingest/apply/import-outcome';
import { describeProblem } from '../../ingest/read/describe-problem';

/** Lines about one file (none when it is not an official workbook) and its first `shown` warnings in words. */
export function describeOfficialWorkbook(
  file: FileOutcome,
  t: Translate,
  shown: number,
): { lines: string[]; warningLines: string[] } {
  const notes = file.official;
  if (notes === undefined) return { lines: [], warningLines: [] };
  const { year } = notes;
  const origin = t(`import.official.origin.${notes.yearFrom}`, { name: notes.yearName });
  const lines = [
    t('import.official.year', { file: file.name, year, origin }),
    ...(notes.unscored.length === 0
      ? []
      : [t('import.official.unscored', { provinces: notes.unscored.join(', '), year })]),
    ...(notes.skippedRows === 0 ? [] : [t('import.official.surveySkipped', { count: notes.skippedRows })]),
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
