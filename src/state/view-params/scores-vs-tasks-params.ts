// The Scores vs tasks view's URL parameters: the scatter's report `period` and the panels' time span `range`.
import { defineViewParams, type ParamField } from '../view-param-codec.ts';

/** Every year or the plan's years. */
export type SpanRange = 'all' | 'plan';

export interface ScoresVsTasksParams {
  /** The report period the link asks for, as written (null: the latest); checked against the data later. */
  period: string | null;
  /** The span the link asks for (null: none, so the view's default, which depends on the plan). */
  range: SpanRange | null;
}

/** Kept as written, so a period the data does not have can be quoted back to the user. */
const requestedPeriodField: ParamField<string | null> = {
  read: (raw) => (raw === undefined || raw.trim() === '' ? null : raw),
  write: (period) => period,
};

/** 'all' or 'plan' (case and spaces forgiven); anything else asks for nothing. */
const requestedRangeField: ParamField<SpanRange | null> = {
  read: (raw) => {
    const word = raw?.trim().toLowerCase();
    return word === 'all' || word === 'plan' ? word : null;
  },
  write: (range) => range,
};

export const scoresVsTasksParamsCodec = defineViewParams<ScoresVsTasksParams>({
  period: requestedPeriodField,
  range: requestedRangeField,
});
