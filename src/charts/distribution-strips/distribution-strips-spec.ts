// The distribution strips as a chart spec.
import type { ChartSpec } from '../chart-spec.ts';
import { buildStripsOption } from './build-strips-option.ts';
import { describeStrips } from './strip-description.ts';
import { stripsHeightPx } from './strip-layout.ts';
import type { StripRows, StripSettings } from './strip-rows.ts';
import { buildStripTable } from './strip-table.ts';

export const DISTRIBUTION_STRIPS_CHART_ID = 'chart-distribution-strips';

export function createDistributionStripsSpec(
  rows: StripRows,
  settings: StripSettings,
): ChartSpec<StripRows, StripSettings> {
  return {
    id: DISTRIBUTION_STRIPS_CHART_ID,
    rows,
    settings,
    build: buildStripsOption,
    toTable: buildStripTable,
    describe: describeStrips,
    drawsProgress: false,
    heightPx: stripsHeightPx(rows.panels.length),
    exportName: { province: '', indicator: 'dimensions', years: String(rows.year) },
  };
}
