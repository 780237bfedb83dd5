// Every problem of a refused import as a CSV the user can open in Excel: where, what, in the UI language.

import type { Translate } from '../../i18n/translate.ts';
import { describeProblem } from '../../ingest/read/describe-problem.ts';
import type { ImportProblem } from '../../ingest/read/import-problem.ts';
import { COMMA_CSV_STYLE, csvText } from '../../export/csv-writer.ts';

/** Header row, then one row per problem: file, sheet, row, column, message (the whole located sentence), kind. */
export function buildProblemsCsv(problems: readonly ImportProblem[], t: Translate): string {
  const header = [
    t('data.problems.csv.file'),
    t('data.problems.csv.sheet'),
    t('data.problems.csv.row'),
    t('data.problems.csv.column'),
    t('data.problems.csv.message'),
    t('data.problems.csv.kind'),
  ];
  const rows = problems.map((problem) => [
    problem.file,
    problem.sheet,
    problem.row,
    problem.column,
    describeProblem(problem, t),
    problem.key,
  ]);
  return csvText([header, ...rows], COMMA_CSV_STYLE);
}
