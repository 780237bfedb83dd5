import { describe, expect, it } from 'vitest';
import { buildSpecOption, describeForScreenReaders } from '../../src/charts/chart-spec.ts';
import { createDimensionGapSpec } from '../../src/charts/dimension-gap/dimension-gap-spec.ts';
import { createTotalTrendSpec } from '../../src/charts/total-trend/total-trend-spec.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { DIMENSION_NAMES_VI, makeDimensionStandings } from './dimension-fixture.ts';
import { renderToSvg, svgTexts } from './render-svg.ts';
import { makeTrendPoints } from './trend-fixture.ts';

const vi = createI18n('vi');
const trend = createTotalTrendSpec(makeTrendPoints(), { provinceName: 'Đắk Nông' });
const gap = createDimensionGapSpec(makeDimensionStandings(), {
  provinceName: 'Đắk Nông',
  year: 2024,
  dimensionNames: DIMENSION_NAMES_VI,
  orderLabel: 'hạng thấp nhất so với các tỉnh ở trên',
  note: 'Dữ liệu minh họa',
});

describe('chart specs', () => {
  it('re-render off-screen at 1920x1080 with the frame embedded, as an export will', () => {
    const trendTexts = svgTexts(
      renderToSvg(buildSpecOption(trend, { widthPx: 1920, caption: 'embedded' }, vi), 1920, 1080),
    );
    expect(trendTexts).toContain('Đắk Nông: điểm PAPI tổng hợp 2011–2024');
    expect(trendTexts).toContain('Nguồn: CECODES & UNDP, PAPI (papi.org.vn)');
    const gapTexts = svgTexts(
      renderToSvg(buildSpecOption(gap, { widthPx: 1920, caption: 'embedded' }, vi), 1920, 1080),
    );
    expect(gapTexts).toContain('Đắk Nông 2024: khoảng cách tới trung vị toàn quốc theo chỉ số');
    expect(gapTexts).toContain('Dữ liệu minh họa');
  });

  it('name the chart for screen readers with its title and a one-line summary', () => {
    expect(describeForScreenReaders(trend.describe(trend.rows, trend.settings, vi))).toBe(
      'Đắk Nông: điểm PAPI tổng hợp 2011–2024; năm 2024: 40,54, hạng 58/61',
    );
    expect(describeForScreenReaders(gap.describe(gap.rows, gap.settings, createI18n('en')))).toBe(
      'Đắk Nông 2024: gap to the national median by dimension; 5 of 8 dimensions below the median; furthest: 8. Quản trị điện tử (\u22120.96)',
    );
  });

  it('turn into the same table the wrapper shows', () => {
    expect(trend.toTable(trend.rows, trend.settings, vi).rows).toHaveLength(14);
    expect(gap.toTable(gap.rows, gap.settings, vi).rows).toHaveLength(8);
  });

  it('are taller on a phone for the gap chart, where names wrap', () => {
    const height = gap.heightPx;
    expect(typeof height === 'function' ? height(340) : height).toBeGreaterThan(
      typeof height === 'function' ? height(960) : height,
    );
  });
});
