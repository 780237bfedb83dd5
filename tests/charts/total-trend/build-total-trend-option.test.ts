import { describe, expect, it } from 'vitest';
import type { ChartCaption } from '../../../src/charts/chart-frame.ts';
import { CHART_COLORS } from '../../../src/charts/palette.ts';
import { buildTotalTrendOption } from '../../../src/charts/total-trend/build-total-trend-option.ts';
import { TOTAL_TREND_SERIES } from '../../../src/charts/total-trend/trend-series.ts';
import type { TotalTrendPoint } from '../../../src/domain/types.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { callTooltip, linePaths, renderToSvg, svgTexts } from '../render-svg.ts';
import { makeTrendPoints } from '../trend-fixture.ts';

const vi = createI18n('vi');
const en = createI18n('en');
const build = (
  points: readonly TotalTrendPoint[] = makeTrendPoints(),
  { provinceName = 'Đắk Nông', i18n = vi, caption = 'embedded' as ChartCaption, widthPx = 960 } = {},
) => buildTotalTrendOption(points, { provinceName, caption, widthPx }, i18n);

type SeriesLike = { id?: string; name?: string; data?: (number | null)[] };
type GridLike = { top: number; bottom: number };
type Option = ReturnType<typeof build>;
const seriesOf = (option: Option): SeriesLike[] => option.series as SeriesLike[];
const byId = (option: Option, id: string): SeriesLike | undefined =>
  seriesOf(option).find((s) => s.id === id);
/** The separate pieces of the lines stroked in `color` at `width`. */
const segmentsOf = (option: Option, color: string, width: number): string[] =>
  linePaths(renderToSvg(option), color, width).flatMap((d) => d.split('M').filter(Boolean));

describe('buildTotalTrendOption', () => {
  it('shows the title, the break in the subtitle and the source in the image when embedded', () => {
    const texts = svgTexts(renderToSvg(build()));
    expect(texts).toContain('Đắk Nông: điểm PAPI tổng hợp 2011–2024');
    expect(texts.some((text) => text.startsWith('Từ 2018 PAPI có 8 chỉ số nội dung'))).toBe(true);
    expect(texts).toContain('Nguồn: CECODES & UNDP, PAPI (papi.org.vn)');
  });

  it('draws no title, subtitle or source when the page carries them, but still the axes and lines', () => {
    const option = build(undefined, { caption: 'none' });
    const svg = renderToSvg(option);
    const texts = svgTexts(svg);
    const all = texts.join(' ');
    expect(all).not.toContain('điểm PAPI tổng hợp 2011–2024');
    expect(all).not.toContain('Từ 2018 PAPI có 8 chỉ số nội dung');
    expect(all).not.toContain('Nguồn');
    expect(texts).toContain('Điểm tổng hợp');
    expect(texts).toContain('2024');
    expect(texts).toContain('Đắk Nông');
    expect(linePaths(svg, CHART_COLORS.province, 3).length).toBeGreaterThan(0);
  });

  it('gives the plot the room the caption would take', () => {
    const gridOf = (caption: ChartCaption) => build(undefined, { caption }).grid as GridLike;
    expect(gridOf('none').top).toBeLessThan(gridOf('embedded').top);
    expect(gridOf('none').bottom).toBeLessThan(gridOf('embedded').bottom);
  });

  it('labels each comparable period on the chart with its number of dimensions, with or without the caption', () => {
    for (const caption of ['embedded', 'none'] as const) {
      const texts = svgTexts(renderToSvg(build(undefined, { caption })));
      expect(texts).toContain('Từ 2018: 8 chỉ số');
      expect(texts).toContain('2011–2017: 6 chỉ số');
    }
  });

  it('draws the province as separate lines before and after 2018, never one joined line', () => {
    const option = build();
    const six = byId(option, TOTAL_TREND_SERIES.province(2011))?.data ?? [];
    const eight = byId(option, TOTAL_TREND_SERIES.province(2018))?.data ?? [];
    // Index 7 is 2018 on the 2011-2024 axis.
    expect(six.slice(7).every((v) => v === null)).toBe(true);
    expect(eight.slice(0, 7).every((v) => v === null)).toBe(true);
    expect(eight[13]).toBe(40.54);
    // 2011-2012, 2014-2017 (2013 has no score) and 2018-2024.
    expect(segmentsOf(option, CHART_COLORS.province, 3)).toHaveLength(3);
  });

  it('breaks the line wherever the rows say so, e.g. at 2015 with the same number of dimensions', () => {
    const points = makeTrendPoints()
      .filter((p) => p.year !== 2013 && p.year <= 2017)
      .map((p) => ({ ...p, comparableWithPrevious: p.year !== 2011 && p.year !== 2015 }));
    const option = build(points);
    expect(byId(option, TOTAL_TREND_SERIES.province(2015))?.data?.slice(0, 3)).toEqual([null, null, null]);
    // 2011-2014 (2013 is a gap: 2011-2012 and 2014) and 2015-2017: the 2014 → 2015 step is never drawn.
    expect(segmentsOf(option, CHART_COLORS.province, 3)).toHaveLength(3);
    const texts = svgTexts(renderToSvg(option));
    expect(texts).toContain('2011–2014: 6 chỉ số');
    expect(texts).toContain('Từ 2015: 6 chỉ số');
    expect(texts).not.toContain('Từ 2018: 8 chỉ số');
  });

  it('draws one unbroken line without period labels when every year is comparable', () => {
    const points = makeTrendPoints()
      .filter((p) => p.year >= 2018)
      .map((p) => ({ ...p, comparableWithPrevious: p.year !== 2018 }));
    const option = build(points);
    expect(segmentsOf(option, CHART_COLORS.province, 3)).toHaveLength(1);
    expect(svgTexts(renderToSvg(option)).join(' ')).not.toContain('chỉ số');
  });

  it('breaks the national median where the province line breaks', () => {
    const option = build();
    expect(seriesOf(option).filter((s) => s.name === 'Trung vị toàn quốc')).toHaveLength(2);
    expect(segmentsOf(option, CHART_COLORS.nationalMedian, 1.5)).toHaveLength(2);
  });

  it('leaves a year without a score as a gap, not a zero', () => {
    const six = byId(build(), TOTAL_TREND_SERIES.province(2011))?.data ?? [];
    expect(six[2]).toBeNull();
  });

  it('draws the four group bands in each period, named once in the legend', () => {
    const option = build();
    const bandNames = ['Nhóm thấp', 'Nhóm trung bình thấp', 'Nhóm trung bình cao', 'Nhóm cao'];
    for (const name of bandNames) expect(seriesOf(option).filter((s) => s.name === name)).toHaveLength(2);
    const texts = svgTexts(renderToSvg(option));
    for (const name of [...bandNames, 'Đắk Nông', 'Trung vị toàn quốc']) {
      expect(texts.filter((text) => text === name)).toHaveLength(1);
    }
  });

  it('uses the trend tooltip, with every value escaped', () => {
    const html = callTooltip(build(), [{ axisValue: '2024', name: '2024', dataIndex: 13 }]);
    expect(html).toContain('Đắk Nông: 40,54 (Hạng 58/61)');
    expect(html).toContain('Ngưỡng nhóm: Thấp &lt; 43,30');
  });

  it('speaks English when asked', () => {
    const option = build(undefined, { provinceName: 'Dak Nong', i18n: en });
    const texts = svgTexts(renderToSvg(option));
    expect(texts).toContain('Dak Nong: PAPI total score 2011–2024');
    expect(texts).toContain('From 2018: 8 dimensions');
    expect(callTooltip(option, [{ axisValue: '2024' }])).toContain('Dak Nong: 40.54 (Rank 58/61)');
  });

  it('renders without data', () => {
    for (const caption of ['embedded', 'none'] as const) {
      expect(() => renderToSvg(build([], { caption }))).not.toThrow();
    }
  });

  it('still shows a lone year between two missing ones (e.g. Quảng Ninh 2022)', () => {
    const points = makeTrendPoints().map((p) =>
      [2018, 2021, 2023].includes(p.year) ? { ...p, score: null, rank: null } : p,
    );
    const option = build(points, { provinceName: 'Quảng Ninh', caption: 'none', widthPx: 300 });
    const svg = renderToSvg(option, 300, 420);
    // One marker per scored year (2013, 2018, 2021 and 2023 missing): 10, plus the legend icon.
    const markers = [...svg.matchAll(/<path [^>]*fill="#0072B2"/gi)];
    expect(markers.length).toBe(11);
  });
});

describe('the year axis on a phone', () => {
  /** The year labels drawn on the axis, left to right. */
  const yearLabels = (widthPx: number, points = makeTrendPoints()) =>
    svgTexts(renderToSvg(build(points, { caption: 'none', widthPx }), widthPx, 420)).filter((text) =>
      /^\d{4}$/.test(text),
    );

  it.each([390, 320])('labels the last year, 2024, at %i px, thinning the years before it', (widthPx) => {
    const labels = yearLabels(widthPx);
    expect(labels.at(-1)).toBe('2024');
    expect(labels.length).toBeLessThan(14);
    expect(labels.length).toBeGreaterThan(3);
  });

  it('labels every year, 2011 to 2024, where they fit (1366 px)', () => {
    expect(yearLabels(1366)).toEqual(Array.from({ length: 14 }, (_, i) => String(2011 + i)));
  });
});
