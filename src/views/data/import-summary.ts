// An import's result → what the page says: one line per file (counts), whether the sample was
// replaced, whether the files were kept, and the first problems in words (the rest in the CSV).

import type { Language } from '../../i18n/languages.ts';
import type { Translate } from '../../i18n/translate.ts';
import { describeFormBatch } from '../../ingest/report-forms/describe-form-batch.ts';
import type { ImportAndKeepResult } from '../../session/import-and-keep.ts';
import { describeProblem } from '../../ingest/read/describe-problem.ts';
import type { ImportProblem } from '../../ingest/read/import-problem.ts';
import type { FileOutcome } from '../../ingest/apply/import-outcome.ts';
import { describeImportFailure } from './describe-import-failure.ts';
import { describeOfficialWorkbook } from './official-workbook-lines.ts';

/** How many problems the page lists in words; the CSV has them all. */
export const PROBLEMS_SHOWN = 10;

export interface ImportSummary {
  /** 'status' when everything was accepted, 'alert' when anything was rejected or could not be kept. */
  readonly role: 'status' | 'alert';
  readonly lines: readonly string[];
  /** The first PROBLEMS_SHOWN problems, located, in the UI language. */
  readonly problemLines: readonly string[];
  /** Problems not listed (0 when all are). */
  readonly moreProblems: number;
  /** Every problem, for the CSV. */
  readonly problems: readonly ImportProblem[];
  /** Located warnings that did not refuse the import (an official workbook's sums), in words. */
  readonly warningLines: readonly string[];
  /** The engine's or the browser's own text behind a failure, for a collapsed details element. */
  readonly detail: string | null;
}

/** What the engine or the browser threw while importing `files`. */
export interface ImportFailure {
  readonly error: unknown;
  readonly files: readonly string[];
}

const problemSummary = (problems: readonly ImportProblem[], t: Translate) => ({
  problemLines: problems.slice(0, PROBLEMS_SHOWN).map((problem) => describeProblem(problem, t)),
  moreProblems: Math.max(0, problems.length - PROBLEMS_SHOWN),
  problems,
  warningLines: [],
  detail: null,
});

// What the official workbooks read: the year and its origin, unscored provinces, what was left out, warnings.
const officialSummary = (files: readonly FileOutcome[], t: Translate) => {
  const described = files.map((file) => describeOfficialWorkbook(file, t, PROBLEMS_SHOWN));
  return {
    lines: described.flatMap((file) => file.lines),
    warningLines: described.flatMap((file) => file.warningLines),
  };
};

/**
 * Why nothing was imported, from the problems: rows that are not valid, whole files that could not be used
 * (a problem with no row: not a spreadsheet, too large, empty, no known layout), or both.
 */
function refusalLine(problems: readonly ImportProblem[], t: Translate): string {
  const files = [
    ...new Set(problems.filter((problem) => problem.row === null).map((problem) => problem.file)),
  ];
  if (files.length === 0) return t('import.outcome.refusedProblems');
  const rowsToo = problems.some((problem) => problem.row !== null);
  return t(rowsToo ? 'import.outcome.refusedFilesAndRows' : 'import.outcome.refusedFiles', {
    files: files.join(', '),
  });
}

/** Files refused before reading (e.g. over the size limit), or an engine or browser `failure`: nothing was imported. */
export function summariseRefusal(
  problems: readonly ImportProblem[],
  t: Translate,
  failure: ImportFailure | null = null,
): ImportSummary {
  if (failure === null)
    return { role: 'alert', lines: [refusalLine(problems, t)], ...problemSummary(problems, t) };
  const { line, detail } = describeImportFailure(failure.error, failure.files, t);
  return { role: 'alert', lines: [line], ...problemSummary(problems, t), detail };
}

/** The summary of an import that ran; report forms set aside add their lines and problems (`lang` words their periods). */
export function summariseImport(
  result: ImportAndKeepResult,
  t: Translate,
  lang: Language = 'vi',
): ImportSummary {
  const summary = summariseApplied(result, t);
  if (result.forms === undefined) return summary;
  const forms = describeFormBatch(result.forms, t, lang);
  if (forms.lines.length === 0) return summary;
  const problems = [...summary.problems, ...forms.problems];
  return {
    ...summary,
    role: forms.problems.length > 0 ? 'alert' : summary.role,
    lines: [...summary.lines, ...forms.lines],
    ...problemSummary(problems, t),
    warningLines: summary.warningLines,
  };
}

function summariseApplied({ outcome, kept }: ImportAndKeepResult, t: Translate): ImportSummary {
  if (!outcome.ok) {
    const failure =
      outcome.reason === 'database'
        ? describeImportFailure(
            outcome.error ?? '',
            outcome.files.map((file) => file.name),
            t,
          )
        : { line: refusalLine(outcome.problems, t), detail: null };
    const official = officialSummary(outcome.files, t);
    return {
      role: 'alert',
      lines: [failure.line, ...official.lines],
      ...problemSummary(outcome.problems, t),
      warningLines: official.warningLines,
      detail: failure.detail,
    };
  }
  const counts = outcome.files.map((file) =>
    t('import.outcome.fileCounts', {
      file: file.name,
      added: file.added,
      replaced: file.replaced,
      rejected: file.rejected,
    }),
  );
  const official = officialSummary(outcome.files, t);
  const lines = [
    t('data.import.accepted', { count: outcome.files.length }),
    ...counts,
    ...official.lines,
    ...(outcome.replacedSample ? [t('import.outcome.replacedSample')] : []),
  ];
  const rejectedRows = outcome.files.some((file) => file.rejected > 0);
  if (kept !== null && !kept.ok) {
    const storage = t(`import.storage.${kept.reason}`, { error: kept.error });
    return {
      role: 'alert',
      lines: [...lines, storage],
      ...problemSummary([], t),
      warningLines: official.warningLines,
    };
  }
  return {
    role: rejectedRows ? 'alert' : 'status',
    lines: [...lines, t('data.import.kept')],
    ...problemSummary([], t),
    warningLines: official.warningLines,
  };
}
