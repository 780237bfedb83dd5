// The scatter as a chart spec.
import type { ChartSpec } from '../chart-spec.ts';
import { buildCompletionScatterOption } from './build-completion-scatter-option.ts';
import { describeCompletionScatter } from './scatter-description.ts';
import { scatterHeightPx } from './scatter-range.ts';
import type { ScatterRow } from './scatter-rows.ts';
import type { CompletionScatterSettings } from './scatter-settings.ts';
import { buildCompletionScatterTable } from './scatter-table.ts';
import { yearSpan } from '../year-span.ts';

export const COMPLETION_SCATTER_CHART_ID = 'chart-completion-scatter';

export function createCompletionScatterSpec(
  rows: readonly ScatterRow[],
  settings: CompletionScatterSettings,
): ChartSpec<readonly ScatterRow[], CompletionScatterSettings> {
  return {
    id: COMPLETION_SCATTER_CHART_ID,
    rows,
    settings,
    build: buildCompletionScatterOption,
    toTable: buildCompletionScatterTable,
    describe: describeCompletionScatter,
    drawsProgress: true,
    heightPx: scatterHeightPx,
    // The score change it plots runs from the year before the plan's target year.
    exportName: {
      province: settings.provinceName,
      indicator: '',
      years: yearSpan([settings.planTargetYear - 1, settings.planTargetYear]),
    },
  };
}
