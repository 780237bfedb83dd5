import { describe, expect, it } from 'vitest';
import { buildTotalTrendOption, TOTAL_TREND_SERIES } from '../../src/charts/build-total-trend-option.ts';
import type { ChartCaption } from '../../src/charts/chart-text.ts';
import { CHART_COLORS } from '../../src/charts/palette.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { ATTACK_STRING, callTooltip, linePaths, renderToSvg, svgTexts } from './render-svg.ts';
import { makeTrendPoints } from './trend-fixture.ts';

const vi = createI18n('vi');
const en = createI18n('en');
const build = (provinceName = 'Đắk Nông', i18n = vi, caption: ChartCaption = 'embedded') =>
  buildTotalTrendOption(makeTrendPoints(), { provinceName, caption }, i18n);

type SeriesLike = { id?: string; name?: string; data?: (number | null)[] };
type GridLike = { top: number; bottom: number };
const seriesOf = (option: ReturnType<typeof build>): SeriesLike[] => option.series as SeriesLike[];
const byId = (option: ReturnType<typeof build>, id: string): SeriesLike | undefined =>
  seriesOf(option).find((s) => s.id === id);

describe('buildTotalTrendOption', () => {
  it('shows the title, the 2018 break in the subtitle and the source in the image when embedded', () => {
    const texts = svgTexts(renderToSvg(build()));
    expect(texts).toContain('Đắk Nông: điểm PAPI tổng hợp 2011–2024');
    expect(texts.some((text) => text.startsWith('Từ 2018 PAPI có 8 chỉ số nội dung'))).toBe(true);
    expect(texts).toContain('Nguồn: CECODES & UNDP, PAPI (papi.org.vn)');
  });

  it('draws no title, subtitle or source when the page carries them, but still the axes and lines', () => {
    const option = build('Đắk Nông', vi, 'none');
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
    const gridOf = (caption: ChartCaption) => build('Đắk Nông', vi, caption).grid as GridLike;
    expect(gridOf('none').top).toBeLessThan(gridOf('embedded').top);
    expect(gridOf('none').bottom).toBeLessThan(gridOf('embedded').bottom);
  });

  it('labels the 2018 break on the chart, with or without the caption', () => {
    for (const caption of ['embedded', 'none'] as const) {
      const texts = svgTexts(renderToSvg(build('Đắk Nông', vi, caption)));
      expect(texts).toContain('Từ 2018: 8 chỉ số nội dung');
      expect(texts).toContain('2011–2017: 6 chỉ số');
    }
  });

  it('draws the province as separate lines before and after 2018, never one joined line', () => {
    const option = build();
    const six = byId(option, TOTAL_TREND_SERIES.province('six'))?.data ?? [];
    const eight = byId(option, TOTAL_TREND_SERIES.province('eight'))?.data ?? [];
    // Index 7 is 2018 on the 2011-2024 axis.
    expect(six.slice(7).every((v) => v === null)).toBe(true);
    expect(eight.slice(0, 7).every((v) => v === null)).toBe(true);
    expect(eight[13]).toBe(40.54);

    const paths = linePaths(renderToSvg(option), CHART_COLORS.province, 3);
    const segments = paths.flatMap((d) => d.split('M').filter(Boolean));
    // 2011-2012, 2014-2017 (2013 has no score) and 2018-2024.
    expect(segments).toHaveLength(3);
  });

  it('breaks the national median at 2018 too', () => {
    const option = build();
    expect(seriesOf(option).filter((s) => s.name === 'Trung vị toàn quốc')).toHaveLength(2);
    const segments = linePaths(renderToSvg(option), CHART_COLORS.nationalMedian, 1.5).flatMap((d) =>
      d.split('M').filter(Boolean),
    );
    expect(segments).toHaveLength(2);
  });

  it('leaves a year without a score as a gap, not a zero', () => {
    const six = byId(build(), TOTAL_TREND_SERIES.province('six'))?.data ?? [];
    expect(six[2]).toBeNull();
  });

  it('draws the four group bands in each era, named once in the legend', () => {
    const option = build();
    const bandNames = ['Nhóm thấp', 'Nhóm trung bình thấp', 'Nhóm trung bình cao', 'Nhóm cao'];
    for (const name of bandNames) expect(seriesOf(option).filter((s) => s.name === name)).toHaveLength(2);
    const texts = svgTexts(renderToSvg(option));
    for (const name of [...bandNames, 'Đắk Nông', 'Trung vị toàn quốc']) {
      expect(texts.filter((text) => text === name)).toHaveLength(1);
    }
  });

  it('gives each year a tooltip with score, rank and median in the chosen language', () => {
    const option = build();
    const html = callTooltip(option, [{ axisValue: '2024', name: '2024', dataIndex: 13 }]);
    expect(html).toContain('Đắk Nông: 40,54 (Hạng 58/61)');
    expect(html).toContain('Trung vị toàn quốc: 44,80');
    expect(html).toContain('8 chỉ số nội dung');
    const early = callTooltip(option, [{ axisValue: '2013', name: '2013', dataIndex: 2 }]);
    expect(early).toContain('Đắk Nông: không có điểm');
    expect(early).toContain('6 chỉ số nội dung');
  });

  it('speaks English when asked', () => {
    const option = build('Dak Nong', en);
    const texts = svgTexts(renderToSvg(option));
    expect(texts).toContain('Dak Nong: PAPI total score 2011–2024');
    expect(texts).toContain('From 2018: 8 dimensions');
    expect(callTooltip(option, [{ axisValue: '2024' }])).toContain('Dak Nong: 40.54 (Rank 58/61)');
  });

  it('escapes a hostile province name in the tooltip', () => {
    const html = callTooltip(build(ATTACK_STRING), [{ axisValue: '2024' }]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('renders without data', () => {
    for (const caption of ['embedded', 'none'] as const) {
      const option = buildTotalTrendOption([], { provinceName: 'Đắk Nông', caption }, vi);
      expect(() => renderToSvg(option)).not.toThrow();
    }
  });
});

describe('buildTotalTrendOption with scattered missing years', () => {
  it('still shows a lone year between two missing ones (e.g. Quảng Ninh 2022)', () => {
    const points = makeTrendPoints().map((p) =>
      [2018, 2021, 2023].includes(p.year) ? { ...p, score: null, rank: null } : p,
    );
    const svg = renderToSvg(
      buildTotalTrendOption(points, { provinceName: 'Quảng Ninh', caption: 'none', widthPx: 300 }, vi),
      300,
      420,
    );
    // One marker per scored year (2013, 2018, 2021 and 2023 missing): 10, plus the legend icon.
    const markers = [...svg.matchAll(/<path [^>]*fill="#0072B2"/gi)];
    expect(markers.length).toBe(11);
  });
});
