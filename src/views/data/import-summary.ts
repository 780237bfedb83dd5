// An import's result → what the page says: one line per file (counts), whether the sample was
// replaced, whether the files were kept, and the first problems in words (the rest in the CSV).

import type { Translate } from '../../i18n/translate';
import type { ImportAndKeepResult } from '../../session/import-and-keep';
import { describeProblem } from '../../ingest/read/describe-problem';
import type { ImportProblem } from '../../ingest/read/import-problem';

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
}

const problemSummary = (problems: readonly ImportProblem[], t: Translate) => ({
  problemLines: problems.slice(0, PROBLEMS_SHOWN).map((problem) => describeProblem(problem, t)),
  moreProblems: Math.max(0, problems.length - PROBLEMS_SHOWN),
  problems,
});

/** Files refused before reading (e.g. over the size limit), or an engine `error`: nothing was imported. */
export function summariseRefusal(
  problems: readonly ImportProblem[],
  t: Translate,
  error: string | null = null,
): ImportSummary {
  const line =
    error === null ? t('import.outcome.refusedProblems') : t('import.outcome.refusedDatabase', { error });
  return { role: 'alert', lines: [line], ...problemSummary(problems, t) };
}

/** The summary of an import that ran. */
export function summariseImport({ outcome, kept }: ImportAndKeepResult, t: Translate): ImportSummary {
  if (!outcome.ok) {
    const refusal =
      outcome.reason === 'database'
        ? t('import.outcome.refusedDatabase', { error: outcome.error ?? '' })
        : t('import.outcome.refusedProblems');
    return { role: 'alert', lines: [refusal], ...problemSummary(outcome.problems, t) };
  }
  const counts = outcome.files.map((file) =>
    t('import.outcome.fileCounts', {
      file: file.name,
      added: file.added,
      replaced: file.replaced,
      rejected: file.rejected,
    }),
  );
  const lines = [
    t('data.import.accepted', { count: outcome.files.length }),
    ...counts,
    ...(outcome.replacedSample ? [t('import.outcome.replacedSample')] : []),
  ];
  const rejectedRows = outcome.files.some((file) => file.rejected > 0);
  if (kept !== null && !kept.ok) {
    const storage = t(`import.storage.${kept.reason}`, { error: kept.error });
    return { role: 'alert', lines: [...lines, storage], ...problemSummary([], t) };
  }
  return {
    role: rejectedRows ? 'alert' : 'status',
    lines: [...lines, t('data.import.kept')],
    ...problemSummary([], t),
  };
}
