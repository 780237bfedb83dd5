// From the two queries' rows to one panel per dimension, with the axis range all eight share.
import type { ScoreCompletionRows } from '../../charts/score-completion/score-completion-data.ts';
import type { DimensionCompletion } from '../../queries/scores-vs-tasks-completion.ts';
import type { DimensionScorePoint } from '../../queries/scores-vs-tasks-scores.ts';

export interface DimensionName {
  code: string;
  name: string;
}

/** One panel per dimension; completion null for every panel when the province has no plan. */
export function buildPanels(
  dimensions: readonly DimensionName[],
  scores: readonly DimensionScorePoint[],
  completion: DimensionCompletion,
): ScoreCompletionRows[] {
  const hasPlan = completion.planTargetYear !== null;
  return dimensions.map(({ code, name }) => ({
    dimension: code,
    dimensionName: name,
    scores: scores.filter((s) => s.indicator === code),
    completion: hasPlan ? completion.points.filter((p) => p.dimension === code) : null,
  }));
}

/** First and last year the shared time axis covers: every score year, every period end and the target year. */
export function axisYears(
  scores: readonly DimensionScorePoint[],
  completion: DimensionCompletion,
): { from: number; to: number } | null {
  const years = [
    ...scores.map((s) => s.year),
    ...completion.points.map((p) => Number(p.periodEnd.slice(0, 4))),
    ...(completion.planTargetYear === null ? [] : [completion.planTargetYear]),
  ];
  if (years.length === 0) return null;
  return { from: Math.min(...years), to: Math.max(...years) };
}

/**
 * The plan's years and its baseline: from the survey year before the one the plan aims at (the score the plan
 * set out to raise; a trend needs two scores) or its first report period's year when that is earlier, to the
 * axis' end, so its quarters get the panels' width; null without a plan.
 */
export function planWindow(
  axis: { from: number; to: number },
  planTargetYear: number | null,
  panels: readonly ScoreCompletionRows[],
): { from: number; to: number } | null {
  if (planTargetYear === null) return null;
  const periodYears = panels.flatMap((panel) =>
    (panel.completion ?? []).map((p) => Number(p.periodEnd.slice(0, 4))),
  );
  return { from: Math.max(axis.from, Math.min(planTargetYear - 1, ...periodYears)), to: axis.to };
}

/** The panels with only the scores and periods inside `span` (so nothing is drawn outside the axis). */
export function clipPanels(
  panels: readonly ScoreCompletionRows[],
  span: { from: number; to: number },
): ScoreCompletionRows[] {
  const inside = (year: number): boolean => year >= span.from && year <= span.to;
  return panels.map((panel) => ({
    ...panel,
    scores: panel.scores.filter((s) => inside(s.year)),
    completion:
      panel.completion === null
        ? null
        : panel.completion.filter((p) => inside(Number(p.periodEnd.slice(0, 4)))),
  }));
}
