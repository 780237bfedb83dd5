// The compared provinces' totals over the years as a chart spec, broken at every series break.
import type { ChartSpec } from '../chart-spec.ts';
import { buildCompareTotalsOption } from './build-compare-totals-option.ts';
import type { CompareTotalPoint, CompareTotalsSettings } from './compare-totals-data.ts';
import { buildCompareTotalsTable, describeCompareTotals } from './compare-totals-description.ts';
import { yearSpan } from '../year-span.ts';

export const COMPARE_TOTALS_CHART_ID = 'chart-compare-totals';

/** The spec of the compared totals. */
export function createCompareTotalsSpec(
  rows: readonly CompareTotalPoint[],
  settings: CompareTotalsSettings,
): ChartSpec<readonly CompareTotalPoint[], CompareTotalsSettings> {
  return {
    id: COMPARE_TOTALS_CHART_ID,
    rows,
    settings,
    build: buildCompareTotalsOption,
    toTable: buildCompareTotalsTable,
    describe: describeCompareTotals,
    drawsProgress: false,
    heightPx: 420,
    exportName: { province: 'so-sanh', indicator: 'tong-hop', years: yearSpan(rows.map((row) => row.year)) },
  };
}
