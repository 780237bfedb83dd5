// One dimension's small multiple as a chart spec: what the figure hands the chart wrapper.
import type { ChartSpec } from '../chart-spec.ts';
import { buildScoreCompletionOption } from './build-score-completion-option.ts';
import { describeScoreCompletion } from './score-completion-description.ts';
import type { ScoreCompletionRows, ScoreCompletionSettings } from './score-completion-data.ts';
import { buildScoreCompletionTable } from './score-completion-table.ts';
import { yearSpan } from '../year-span.ts';

/** The chart id of dimension `code`'s panel (also its test id). */
export const scoreCompletionChartId = (code: string): string => `chart-score-completion-${code}`;
const PANEL_HEIGHT_PX = 250;

/** The spec of one dimension's score-and-completion panel. */
export function createScoreCompletionSpec(
  rows: ScoreCompletionRows,
  settings: ScoreCompletionSettings,
): ChartSpec<ScoreCompletionRows, ScoreCompletionSettings> {
  return {
    id: scoreCompletionChartId(rows.dimension),
    rows,
    settings,
    build: buildScoreCompletionOption,
    toTable: buildScoreCompletionTable,
    describe: describeScoreCompletion,
    drawsProgress: true,
    heightPx: PANEL_HEIGHT_PX,
    exportName: {
      province: settings.provinceName,
      indicator: '',
      years: yearSpan([settings.axisFromYear, settings.axisToYear]),
    },
  };
}
