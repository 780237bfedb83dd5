// Puts the parser's doubts and the review's blocking problems into words.

import type { Translate } from '../../../i18n/translate.ts';
import type { PlanFlag } from '../../../ingest/plan-document/plan-task-draft.ts';
import type { ReviewField, ReviewProblem } from '../../../ingest/plan-document/plan-review.ts';
import type { MessageKey } from '../../../i18n/vi.ts';

/** One doubt about a row, in the UI language. */
export const flagText = (flag: PlanFlag, t: Translate): string =>
  t(`planDocument.flag.${flag.key}` as MessageKey, flag.args);

const FIELD_KEYS: Readonly<Record<ReviewField, MessageKey>> = {
  plan: 'planDocument.field.plan',
  provinceCode: 'planDocument.field.province',
  targetYear: 'planDocument.field.targetYear',
  dimension: 'planDocument.col.dimension',
  subdimension: 'planDocument.col.subdimension',
  task: 'planDocument.col.task',
  executing: 'planDocument.col.executing',
};

/** A blocking problem located at the plan's identity or a review row and column. */
export function reviewProblemText(problem: ReviewProblem, t: Translate): string {
  const message = t(`planDocument.problem.${problem.key}` as MessageKey, { value: problem.value });
  const field = t(FIELD_KEYS[problem.field]);
  return problem.row === 0
    ? t('planDocument.problem.identity', { field, message })
    : t('planDocument.problem.row', { row: problem.row, field, message });
}
