// What the review shows for a reading, as text: one entry per task row (the cells and the ⚠ reasons in
// Vietnamese) and the notices above the table, built with the review's own wording functions.

import { translate, type MessageArgs } from '../../../../src/i18n/translate.ts';
import { vi, type MessageKey } from '../../../../src/i18n/vi.ts';
import type { PlanReading } from '../../../../src/ingest/plan-document/read-plan-document.ts';
import { flagText } from '../../../../src/views/data/plan-review/flag-text.ts';
import { tasksOf } from './build-body-docx.ts';

export const tVi = (key: MessageKey, args?: MessageArgs): string => translate(vi, key, args);

/** A review row as the user reads it. */
export interface ReviewRow {
  readonly line: number;
  readonly dimension: string;
  readonly task: string;
  readonly executing: string;
  readonly supervising: string;
  readonly timeframe: string;
  readonly deadline: string;
  readonly check: readonly string[];
}

export function reviewRows(reading: PlanReading): ReviewRow[] {
  return tasksOf(reading).map((task) => ({
    line: task.row,
    dimension: task.subdimension || task.dimension,
    task: task.task,
    executing: task.executingAgencies.join('; '),
    supervising: task.supervisingAgencies.join('; '),
    timeframe: task.timeframe,
    deadline: task.deadline ?? '—',
    check: task.flags.map((flag) => flagText(flag, tVi)),
  }));
}

/** The notices of skipped sections, as listed above the table. */
export function skippedNotices(reading: PlanReading): string[] {
  if (!reading.ok) throw new Error('refused');
  return reading.skippedSections.map((section) =>
    tVi('planDocument.skippedSection', { name: section.name, count: section.count, row: section.line }),
  );
}
