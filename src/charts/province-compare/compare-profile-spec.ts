// The compared provinces' dimension profiles as a chart spec: dots per dimension on one 1-10 scale, one colour
// per entry (what the figure hands the chart wrapper and what an export re-renders).
import type { ChartSpec } from '../chart-spec.ts';
import { buildCompareProfileOption } from './build-compare-profile-option.ts';
import type { CompareProfilePoint, CompareProfileSettings } from './compare-profile-data.ts';
import { buildCompareProfileTable, describeCompareProfile } from './compare-profile-description.ts';

export const COMPARE_PROFILE_CHART_ID = 'chart-compare-profile';

/** Taller on a phone, where the dimension names wrap. */
export const compareProfileHeightPx = (widthPx: number): number => (widthPx < 600 ? 560 : 440);

/** The spec of the compared profiles. */
export function createCompareProfileSpec(
  rows: readonly CompareProfilePoint[],
  settings: CompareProfileSettings,
): ChartSpec<readonly CompareProfilePoint[], CompareProfileSettings> {
  return {
    id: COMPARE_PROFILE_CHART_ID,
    rows,
    settings,
    build: buildCompareProfileOption,
    toTable: buildCompareProfileTable,
    describe: describeCompareProfile,
    drawsProgress: false,
    heightPx: compareProfileHeightPx,
    exportName: { province: 'so-sanh', indicator: 'chi-so-noi-dung', years: String(settings.year) },
  };
}
