// The `range` URL parameter of the scores-vs-tasks view (its codec is in state/): every year ('all', the
// default, left out of links) or the years around the plan ('plan'), which needs a plan.
import type { SpanRange } from '../../state/view-params/scores-vs-tasks-params.ts';
import { scoresVsTasksParamsCodec } from '../../state/view-params/scores-vs-tasks-params.ts';
import type { ViewParams } from '../../state/view-param-codec.ts';

export type { SpanRange } from '../../state/view-params/scores-vs-tasks-params.ts';

/** The span to show: 'plan' only when asked for (case and spaces forgiven) and the province has a plan. */
export function resolveRangeParam(raw: string | undefined, hasPlan: boolean): SpanRange {
  const asked = scoresVsTasksParamsCodec.parse(raw === undefined ? {} : { range: raw }).range;
  return hasPlan ? asked : 'all';
}

/** The view's URL parameters for `range`: none for the default, so links stay short. */
export function rangeParams(range: SpanRange): ViewParams {
  return scoresVsTasksParamsCodec.serialise({ ...scoresVsTasksParamsCodec.defaults, range });
}
