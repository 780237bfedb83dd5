// The Plan view's URL parameters: the search text, the filters and the open task.
import { TASK_STATES, type TaskState } from '../../domain/task-state.ts';
import { defineViewParams, optionalTextField, type ParamField } from '../view-param-codec.ts';

/** What the Plan view shows, as the URL says it. */
export interface PlanFilters {
  q: string;
  dimension: string | null;
  agency: string | null;
  unit: string | null;
  status: TaskState | null;
  period: string | null;
  /** The task whose details are open. */
  task: string | null;
}

/** The search text as typed (spaces kept, so typing is not disturbed); empty is no search. */
const searchField: ParamField<string> = {
  read: (raw) => raw ?? '',
  write: (q) => (q === '' ? null : q),
};

/** A task state's id exactly as written; anything else is no status filter. */
const statusField: ParamField<TaskState | null> = {
  read: (raw) => {
    const status = optionalTextField.read(raw);
    return TASK_STATES.find((state) => state === status) ?? null;
  },
  write: (status) => status,
};

/** Unknown dimensions, agencies, units, periods and tasks are dropped later, against the data. */
export const planParamsCodec = defineViewParams<PlanFilters>({
  q: searchField,
  dimension: optionalTextField,
  agency: optionalTextField,
  unit: optionalTextField,
  status: statusField,
  period: optionalTextField,
  task: optionalTextField,
});
