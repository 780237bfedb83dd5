// A located problem → one sentence in the UI language: where, then what was found and expected.

import type { Translate } from '../../i18n/translate.ts';
import type { ImportProblem } from './import-problem.ts';

/** "Tệp a.csv, trang tính “Q3”, dòng 7, cột “Tỉnh”: Không nhận ra tỉnh/thành phố “Dak Nog”. Có phải “Đắk Nông”?" */
export function describeProblem(problem: ImportProblem, t: Translate): string {
  const where = [
    t('import.problem.where.file', { file: problem.file }),
    problem.sheet === null ? null : t('import.problem.where.sheet', { sheet: problem.sheet }),
    ...(problem.cell === undefined ? rowAndColumn(problem, t) : cellAndProvince(problem, t)),
  ].filter((part) => part !== null);
  const args =
    problem.key === 'notSpreadsheet' && problem.args.found === 'binary'
      ? { ...problem.args, found: t('import.problem.binaryFound') }
      : problem.args;
  const message = t(`import.problem.${problem.key}`, args);
  const suggestion = problem.args.suggestion;
  const hint = suggestion === undefined ? '' : ` ${t('import.problem.suggestion', { suggestion })}`;
  return `${where.join(', ')}: ${message}${hint}`;
}

const rowAndColumn = (problem: ImportProblem, t: Translate): (string | null)[] => [
  problem.row === null ? null : t('import.problem.where.row', { row: problem.row }),
  problem.column === null || problem.column === ''
    ? null
    : t('import.problem.where.column', { column: problem.column }),
];

// A cell of the official workbook: its address, and the province whose column it is in.
const cellAndProvince = (problem: ImportProblem, t: Translate): (string | null)[] => [
  t('import.problem.where.cell', { cell: problem.cell ?? '' }),
  problem.args.province === undefined
    ? null
    : t('import.problem.where.province', { province: problem.args.province }),
];
