// The screen's ECharts core holds the parts the Overview draws; a chart needing more (a scatter, the heatmap)
// has them loaded before it is drawn (src/components/chart-canvas.tsx). Without them ECharts draws nothing.
import { describe, expect, it } from 'vitest';
import { buildCompletionScatterOption } from '../../src/charts/completion-scatter/build-completion-scatter-option.ts';
import { buildDimensionGapOption } from '../../src/charts/dimension-gap/build-dimension-gap-option.ts';
import { buildDimensionHeatmapOption } from '../../src/charts/dimension-heatmap/build-dimension-heatmap-option.ts';
import { needsMoreParts } from '../../src/charts/echarts-setup.ts';
import { buildTotalTrendOption } from '../../src/charts/total-trend/build-total-trend-option.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { DIMENSION_NAMES_VI, makeDimensionStandings } from './dimension-fixture.ts';
import { makeHeatmapRows, makeScatterRows } from './export-layout-fixtures.ts';
import { makeTrendPoints } from './trend-fixture.ts';

const vi = createI18n('vi');
const screen = { caption: 'none', widthPx: 960 } as const;

describe('needsMoreParts', () => {
  it('the Overview’s trend and gap charts draw with the core alone', () => {
    const trend = buildTotalTrendOption(makeTrendPoints(), { provinceName: 'Đắk Nông', ...screen }, vi);
    const gap = buildDimensionGapOption(
      makeDimensionStandings(),
      { provinceName: 'Đắk Nông', year: 2024, dimensionNames: DIMENSION_NAMES_VI, orderLabel: '', ...screen },
      vi,
    );
    expect(needsMoreParts(trend)).toBe(false);
    expect(needsMoreParts(gap)).toBe(false);
  });

  it('the Dimensions view’s heatmap and the completion scatter need the other parts', () => {
    const heatmap = buildDimensionHeatmapOption(
      makeHeatmapRows(),
      { provinceName: 'Đắk Nông', colour: 'rank', ...screen },
      vi,
    );
    const scatter = buildCompletionScatterOption(
      makeScatterRows(),
      { provinceName: 'Đắk Nông', planTargetYear: 2024, period: '2025-Q4', ...screen },
      vi,
    );
    expect(needsMoreParts(heatmap)).toBe(true);
    expect(needsMoreParts(scatter)).toBe(true);
  });

  it('reads a single series object as well as a list', () => {
    expect(needsMoreParts({ series: { type: 'scatter', data: [] } })).toBe(true);
    expect(needsMoreParts({ series: { type: 'line', data: [] } })).toBe(false);
    expect(needsMoreParts({ visualMap: { min: 0, max: 1 }, series: [] })).toBe(true);
  });
});
