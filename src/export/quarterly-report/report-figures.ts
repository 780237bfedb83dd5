// The report's figures: the Scores vs tasks view's charts, built from the same queries and the same chart
// specs (so the images are the finished 16:9 figures export makes): the completion scatter at the report's
// period, then each dimension's score-and-completion panel. The Plan view draws tables, not charts; the
// report carries those as Word tables.
import { buildSourceLine } from '../../charts/build-source-line.ts';
import type { ChartSpec } from '../../charts/chart-spec.ts';
import { createCompletionScatterSpec } from '../../charts/completion-scatter/completion-scatter-spec.ts';
import { buildScatterRows } from '../../charts/completion-scatter/scatter-rows.ts';
import { withSampleNote } from '../../charts/sample-note.ts';
import { createScoreCompletionSpec } from '../../charts/score-completion/score-completion-spec.ts';
import type { Connector } from '../../db/connector.ts';
import { isAfterSurvey } from '../../domain/survey-cutoff.ts';
import type { JudgedPeriod } from '../../domain/task-state.ts';
import type { ProgressProvenance } from '../../domain/types.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { fetchDimensionCompletion } from '../../queries/scores-vs-tasks-completion.ts';
import { fetchDimensionScores } from '../../queries/scores-vs-tasks-scores.ts';

/** A chart of the report, whatever its rows: `render` hands its spec to a renderer (the PNG export). */
export interface ReportChart {
  id: string;
  title: string;
  render<Result>(
    renderer: <Rows, Settings>(spec: ChartSpec<Rows, Settings>) => Promise<Result>,
  ): Promise<Result>;
}

function chartOf<Rows, Settings>(spec: ChartSpec<Rows, Settings>, i18n: I18n): ReportChart {
  return {
    id: spec.id,
    title: spec.describe(spec.rows, spec.settings, i18n).title,
    render: (renderer) => renderer(spec),
  };
}

/** What the figures are drawn for. */
export interface ReportChartsRequest {
  provinceCode: string;
  provinceName: string;
  targetYear: number;
  period: JudgedPeriod;
  progress: ProgressProvenance;
  /** Every dimension, code order, names in the report's language. */
  dimensions: readonly { code: string; name: string }[];
}

/** The scatter at the period, then one panel per dimension over every year (the view's default span). */
export async function fetchReportCharts(
  conn: Connector,
  request: ReportChartsRequest,
  i18n: I18n,
): Promise<ReportChart[]> {
  const { provinceCode, provinceName, targetYear, period, progress, dimensions } = request;
  const scores = await fetchDimensionScores(conn, provinceCode);
  const completion = await fetchDimensionCompletion(conn, provinceCode, targetYear);
  const source = buildSourceLine(i18n.t, progress);
  const scatter = createCompletionScatterSpec(
    buildScatterRows(dimensions, scores, completion.points, period.period, targetYear),
    {
      provinceName,
      planTargetYear: targetYear,
      period: period.period,
      afterSurvey: isAfterSurvey(period.periodEnd, targetYear),
      source,
    },
  );
  const years = [
    ...scores.map((score) => score.year),
    ...completion.points.map((point) => Number(point.periodEnd.slice(0, 4))),
    targetYear,
  ];
  const settings = {
    provinceName,
    planTargetYear: targetYear,
    axisFromYear: Math.min(...years),
    axisToYear: Math.max(...years),
    scoreMin: 1,
    scoreMax: 10,
    source,
  };
  const panels = dimensions.map(({ code, name }) =>
    createScoreCompletionSpec(
      {
        dimension: code,
        dimensionName: name,
        scores: scores.filter((score) => score.indicator === code),
        completion: completion.points.filter((point) => point.dimension === code),
      },
      settings,
    ),
  );
  return [
    chartOf(withSampleNote(scatter, progress, i18n.t), i18n),
    ...panels.map((spec) => chartOf(withSampleNote(spec, progress, i18n.t), i18n)),
  ];
}
