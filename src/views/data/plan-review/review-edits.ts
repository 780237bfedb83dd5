// Edits the user makes in the review table, as pure updates of one task draft.

import type { IndicatorName } from '../../../ingest/plan-document/match-indicator.ts';
import type { PlanColumn } from '../../../ingest/plan-document/find-appendix.ts';
import type { PlanTaskDraft } from '../../../ingest/plan-document/plan-task-draft.ts';
import { splitAgencies } from '../../../ingest/plan-document/agencies.ts';
import { timeframeCode, timeframeDeadline } from '../../../ingest/plan-document/timeframe.ts';

/** A cell of the review table the user can edit. */
export type EditableField = 'dimension' | 'subdimension' | 'task' | 'executing' | 'supervising' | 'timeframe';

// Which flags an edit answers: the user has looked at that cell and decided.
const ANSWERED: Readonly<Record<EditableField, readonly PlanColumn[]>> = {
  dimension: ['label', 'stt'],
  subdimension: ['label', 'stt'],
  task: ['task'],
  executing: ['executing'],
  supervising: ['supervising'],
  timeframe: ['timeframe'],
};

const withoutFlagsOf = (draft: PlanTaskDraft, field: EditableField): PlanTaskDraft['flags'] =>
  draft.flags.filter((flag) => !ANSWERED[field].includes(flag.column));

const unconfirmedOf = (draft: PlanTaskDraft): PlanTaskDraft['flags'] =>
  draft.flags.filter((flag) => flag.key === 'executingUnconfirmed');

/** The draft with `field` set to `value` (agencies split, timeframe recoded, a sub-dimension's official name). */
export function editTask(
  draft: PlanTaskDraft,
  field: EditableField,
  value: string,
  indicators: readonly IndicatorName[],
): PlanTaskDraft {
  const flags = withoutFlagsOf(draft, field);
  switch (field) {
    case 'dimension':
      return {
        ...draft,
        flags,
        dimension: value,
        ...(draft.subdimension.startsWith(`${value}.`) ? {} : { subdimension: '', subdimensionLabel: '' }),
      };
    case 'subdimension': {
      const official = indicators.find((indicator) => indicator.code === value)?.nameVi ?? '';
      return { ...draft, flags, subdimension: value, subdimensionLabel: official };
    }
    case 'task':
      return { ...draft, flags, task: value };
    case 'executing': {
      const agencies = splitAgencies(value);
      // Leaving the cell empty is no answer: a task with no agency still waits for one or for the confirmation.
      const kept = agencies.length > 0 ? flags : [...flags, ...unconfirmedOf(draft)];
      return { ...draft, flags: kept, executingAgencies: agencies };
    }
    case 'supervising':
      return { ...draft, flags, supervisingAgencies: splitAgencies(value) };
    case 'timeframe':
      return {
        ...draft,
        flags,
        timeframe: value,
        timeframeCode: timeframeCode(value),
        deadline: timeframeDeadline(value),
      };
  }
}
