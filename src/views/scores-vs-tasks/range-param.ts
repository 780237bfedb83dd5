// The `range` URL parameter of the scores-vs-tasks view (its codec is in state/): every year ('all') or the
// plan's years ('plan'), which needs a plan. With a plan the default is the plan's years, so its quarters get
// the panels' width; every year is one choice away. A range the link names wins; the default is left out.
import type { SpanRange } from '../../state/view-params/scores-vs-tasks-params.ts';
import { scoresVsTasksParamsCodec } from '../../state/view-params/scores-vs-tasks-params.ts';
import type { ViewParams } from '../../state/view-param-codec.ts';

export type { SpanRange } from '../../state/view-params/scores-vs-tasks-params.ts';

/** The span shown when the link names none: the plan's years when there is a plan, else every year. */
export const defaultRange = (hasPlan: boolean): SpanRange => (hasPlan ? 'plan' : 'all');

/** The span to show: the one the link names (case and spaces forgiven), else the default; 'plan' needs a plan. */
export function resolveRangeParam(raw: string | undefined, hasPlan: boolean): SpanRange {
  const asked = scoresVsTasksParamsCodec.parse(raw === undefined ? {} : { range: raw }).range;
  return hasPlan ? (asked ?? defaultRange(hasPlan)) : 'all';
}

/** The view's URL parameters for `range`: none for the default, so links stay short. */
export function rangeParams(range: SpanRange, hasPlan: boolean): ViewParams {
  const requested = range === defaultRange(hasPlan) ? null : range;
  return scoresVsTasksParamsCodec.serialise({ ...scoresVsTasksParamsCodec.defaults, range: requested });
}
