// The `period` URL parameter of the scores-vs-tasks view (its codec is in state/): which report period the
// scatter shows, validated against the periods present in the loaded progress. Default: the latest period the
// target year's survey can reflect (domain/survey-cutoff.ts), else the first one.
import { isAfterSurvey } from '../../domain/survey-cutoff.ts';
import type { ViewParams } from '../../state/view-param-codec.ts';
import { scoresVsTasksParamsCodec } from '../../state/view-params/scores-vs-tasks-params.ts';

/** A report period present in the data, with its last day. */
export interface ReportPeriod {
  period: string;
  periodEnd: string;
}

/** Distinct periods, oldest first (one per end date: the query keeps the longest). */
export function listReportPeriods(points: readonly ReportPeriod[]): ReportPeriod[] {
  const byPeriod = new Map<string, ReportPeriod>();
  for (const point of points)
    byPeriod.set(point.period, { period: point.period, periodEnd: point.periodEnd });
  return [...byPeriod.values()].sort(
    (a, b) => a.periodEnd.localeCompare(b.periodEnd) || a.period.localeCompare(b.period),
  );
}

/** The default period: the latest one not after `surveyYear`'s survey, else the first (all came later). */
export function defaultPeriod(periods: readonly ReportPeriod[], surveyYear: number | null): string | null {
  const beforeSurvey = periods.filter((p) => surveyYear === null || !isAfterSurvey(p.periodEnd, surveyYear));
  return (beforeSurvey.at(-1) ?? periods[0])?.period ?? null;
}

/** The period to show: the parameter when it names a present period (case and spaces forgiven), else the default. */
export interface ResolvedPeriod {
  period: string | null;
  /** The raw parameter when it was given but names no present period. */
  invalid: string | null;
}

export function resolvePeriodParam(
  raw: string | undefined,
  periods: readonly ReportPeriod[],
  surveyYear: number | null,
): ResolvedPeriod {
  const fallback = defaultPeriod(periods, surveyYear);
  const requested = scoresVsTasksParamsCodec.parse(raw === undefined ? {} : { period: raw }).period;
  if (requested === null) return { period: fallback, invalid: null };
  const wanted = requested.trim().toUpperCase();
  const match = periods.find((p) => p.period.toUpperCase() === wanted);
  return match === undefined
    ? { period: fallback, invalid: requested }
    : { period: match.period, invalid: null };
}

/** The view's URL parameters for `period`: none for the default, so links stay short. */
export function periodParams(
  period: string,
  periods: readonly ReportPeriod[],
  surveyYear: number | null,
): ViewParams {
  const requested = period === defaultPeriod(periods, surveyYear) ? null : period;
  return scoresVsTasksParamsCodec.serialise({ ...scoresVsTasksParamsCodec.defaults, period: requested });
}
