// The bold "Dữ liệu minh họa" note in an exported figure, per chart spec: it is there exactly when the figure's
// drawn marks show task progress and that progress is sample data. The gap chart draws only official scores
// (its tooltips quote a rate), so its slide carries no note; the scatter, the score-and-completion panels and
// the Plan view's two charts do.
import { describe, expect, it } from 'vitest';
import { createCompletionScatterSpec } from '../../src/charts/completion-scatter/completion-scatter-spec.ts';
import { createDimensionGapSpec } from '../../src/charts/dimension-gap/dimension-gap-spec.ts';
import { createAgencyStatesSpec } from '../../src/charts/plan-agency-states/agency-states-spec.ts';
import { createPlanCompletionSpec } from '../../src/charts/plan-completion/plan-completion-spec.ts';
import { withSampleNote } from '../../src/charts/sample-note.ts';
import { createScoreCompletionSpec } from '../../src/charts/score-completion/score-completion-spec.ts';
import { createTotalTrendSpec } from '../../src/charts/total-trend/total-trend-spec.ts';
import type { ChartSpec } from '../../src/charts/chart-spec.ts';
import type { ProgressProvenance } from '../../src/domain/types.ts';
import { buildExportOption, slideLayoutOf } from '../../src/export/export-option.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { DIMENSION_NAMES_VI, makeDimensionStandings } from './dimension-fixture.ts';
import { renderToSvg, svgTexts } from './render-svg.ts';
import { makeTrendPoints } from './trend-fixture.ts';

const vi = createI18n('vi');
const SAMPLE: ProgressProvenance = { isSample: true, source: 'task-progress.sample.csv' };
const REAL: ProgressProvenance = { isSample: false, source: 'bao-cao-quy-3.xlsx' };
const NOTE = vi.t('sample.badge');

/** The texts of the slide PNG's figure (1920×1080 layout) for a spec, its note set by the rule. */
function slideTexts<R, S extends { note?: string | undefined }>(
  spec: ChartSpec<R, S>,
  progress: ProgressProvenance | null,
): string {
  const noted = withSampleNote(spec, progress, vi.t);
  const layout = slideLayoutOf(noted, vi);
  const option = buildExportOption(noted, layout, 'Xuất ngày 02/12/2026', vi);
  return svgTexts(renderToSvg(option, layout.widthPx, layout.heightPx)).join(' ');
}

const specs = {
  gap: () =>
    createDimensionGapSpec(makeDimensionStandings(), {
      provinceName: 'Đắk Nông',
      year: 2024,
      dimensionNames: DIMENSION_NAMES_VI,
      orderLabel: 'hạng',
    }),
  totalTrend: () => createTotalTrendSpec(makeTrendPoints(), { provinceName: 'Đắk Nông' }),
  scatter: () =>
    createCompletionScatterSpec(
      [{ dimension: '1', dimensionName: 'Tham gia', completionRate: 0.4, scoreChange: 0.2, omitted: null }],
      { provinceName: 'Đắk Nông', planTargetYear: 2024, period: '2024-Q4' },
    ),
  panel: () =>
    createScoreCompletionSpec(
      {
        dimension: '1',
        dimensionName: 'Tham gia',
        scores: [2023, 2024].map((year) => ({ year, score: 5, comparableWithPrevious: true })),
        completion: [{ period: '2024-Q4', periodEnd: '2024-12-31', completionRate: 0.25 }],
      },
      {
        provinceName: 'Đắk Nông',
        planTargetYear: 2024,
        axisFromYear: 2023,
        axisToYear: 2025,
        scoreMin: 1,
        scoreMax: 10,
      },
    ),
  planCompletion: () =>
    createPlanCompletionSpec(
      [null, '1'].map((dimension) => ({
        dimension,
        period: '2024-Q4',
        periodEnd: '2024-12-31',
        pairsDone: 3,
        pairCount: 10,
      })),
      { provinceName: 'Đắk Nông', plans: '474/KH-UBND', dimensionNames: { '1': 'Tham gia' } },
    ),
  agencyStates: () => {
    const counts = { done_on_time: 1, done_late: 2, in_progress_on_time: 0, overdue: 3 };
    const row = {
      key: 'Sở Nội vụ',
      counts: {
        ...counts,
        continuous_done: 0,
        continuous_in_progress: 0,
        continuous_not_started: 0,
        not_reported: 0,
      },
      pairCount: 6,
      pairsDone: 3,
      completionRate: 0.5,
    };
    return createAgencyStatesSpec([row], { provinceName: 'Đắk Nông', period: '2025-Q4' });
  },
};

describe('the sample-data note of an exported figure', () => {
  it('is on the scatter and the score-and-completion panel, which draw sample progress', () => {
    expect(slideTexts(specs.scatter(), SAMPLE)).toContain(NOTE);
    expect(slideTexts(specs.panel(), SAMPLE)).toContain(NOTE);
  });

  it('is on the Plan view’s completion and agency charts, whose bars are the sample progress itself', () => {
    expect(slideTexts(specs.planCompletion(), SAMPLE)).toContain(NOTE);
    expect(slideTexts(specs.agencyStates(), SAMPLE)).toContain(NOTE);
  });

  it('is not on the gap chart, whose bars are official scores, nor on the total trend', () => {
    expect(slideTexts(specs.gap(), SAMPLE)).not.toContain(NOTE);
    expect(slideTexts(specs.totalTrend(), SAMPLE)).not.toContain(NOTE);
  });

  it('is on no figure once the progress comes from real reports, or when there is none', () => {
    for (const progress of [REAL, null]) {
      expect(slideTexts(specs.scatter(), progress)).not.toContain(NOTE);
      expect(slideTexts(specs.panel(), progress)).not.toContain(NOTE);
      expect(slideTexts(specs.gap(), progress)).not.toContain(NOTE);
      expect(slideTexts(specs.planCompletion(), progress)).not.toContain(NOTE);
      expect(slideTexts(specs.agencyStates(), progress)).not.toContain(NOTE);
    }
  });
});
