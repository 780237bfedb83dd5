// The Scores vs tasks view's URL parameters: the scatter's report `period` and the panels' time span `range`.
import { choiceField, defineViewParams, type ParamField } from '../view-param-codec.ts';

/** Every year (the default) or the years around the plan. */
export type SpanRange = 'all' | 'plan';

export interface ScoresVsTasksParams {
  /** The report period the link asks for, as written (null: the latest); checked against the data later. */
  period: string | null;
  range: SpanRange;
}

/** Kept as written, so a period the data does not have can be quoted back to the user. */
const requestedPeriodField: ParamField<string | null> = {
  read: (raw) => (raw === undefined || raw.trim() === '' ? null : raw),
  write: (period) => period,
};

export const scoresVsTasksParamsCodec = defineViewParams<ScoresVsTasksParams>({
  period: requestedPeriodField,
  range: choiceField<SpanRange>(['all', 'plan'], 'all'),
});
