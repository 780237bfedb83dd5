// The `range` URL parameter of the scores-vs-tasks view: the time span of the small multiples, every year
// ('all', the default, left out of links) or the years around the plan ('plan').

export type SpanRange = 'all' | 'plan';

/** The span to show: 'plan' only when asked for (case and spaces forgiven) and the province has a plan. */
export function resolveRangeParam(raw: string | undefined, hasPlan: boolean): SpanRange {
  return hasPlan && raw?.trim().toLowerCase() === 'plan' ? 'plan' : 'all';
}

/** The view's URL parameters for `range`: none for the default, so links stay short. */
export function rangeParams(range: SpanRange): Record<string, string> {
  return range === 'plan' ? { range } : {};
}
