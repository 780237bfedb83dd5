import { describe, expect, it } from 'vitest';
import {
  buildDimensionGapOption,
  DIMENSION_GAP_SERIES,
} from '../../src/charts/build-dimension-gap-option.ts';
import type { ChartCaption } from '../../src/charts/chart-text.ts';
import { CHART_COLORS } from '../../src/charts/palette.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { DIMENSION_NAMES_VI, makeDimensionStandings } from './dimension-fixture.ts';
import { ATTACK_STRING, callTooltip, renderToSvg, svgTexts } from './render-svg.ts';

const vi = createI18n('vi');
const settings = {
  provinceName: 'Đắk Nông',
  year: 2024,
  dimensionNames: DIMENSION_NAMES_VI,
  caption: 'embedded' as ChartCaption,
};
const build = (names = DIMENSION_NAMES_VI, i18n = vi, caption: ChartCaption = 'embedded') =>
  buildDimensionGapOption(makeDimensionStandings(), { ...settings, dimensionNames: names, caption }, i18n);

const TITLE = 'Đắk Nông 2024: khoảng cách tới trung vị toàn quốc theo chỉ số';
const SUBTITLE_START = 'Điểm của tỉnh trừ trung vị toàn quốc';
const PAPI_SOURCE = 'Nguồn: CECODES & UNDP, PAPI (papi.org.vn)';

type SeriesLike = { id?: string; data?: ({ value: number } | null)[] };
type GridLike = { top: number; bottom: number; left: number };

describe('buildDimensionGapOption', () => {
  it('carries title, subtitle and source into the image when the caption is embedded', () => {
    const texts = svgTexts(renderToSvg(build()));
    expect(texts).toContain(TITLE);
    expect(texts.some((text) => text.startsWith(SUBTITLE_START))).toBe(true);
    expect(texts).toContain(PAPI_SOURCE);
  });

  it('embeds the source line it is given, e.g. one that says progress is a sample', () => {
    const source = `${PAPI_SOURCE}. Tiến độ: dữ liệu minh họa, không phải báo cáo thật`;
    const option = buildDimensionGapOption(makeDimensionStandings(), { ...settings, source }, vi);
    expect(svgTexts(renderToSvg(option)).join(' ')).toContain('dữ liệu minh họa, không phải báo cáo thật');
  });

  it('draws no title, subtitle or source when the page carries them, but still the axes and bars', () => {
    const texts = svgTexts(renderToSvg(build(DIMENSION_NAMES_VI, vi, 'none')));
    const all = texts.join(' ');
    expect(all).not.toContain('khoảng cách tới trung vị toàn quốc theo chỉ số');
    expect(all).not.toContain(SUBTITLE_START);
    expect(all).not.toContain('Nguồn');
    expect(texts).toContain('Chênh lệch so với trung vị (điểm)');
    expect(texts).toContain('8. Quản trị điện tử');
    expect(texts).toContain('3,42 (\u22120,96)');
    expect(texts).toContain('Dưới trung vị');
  });

  it('gives the plot the room the caption would take', () => {
    const gridOf = (caption: ChartCaption) => build(DIMENSION_NAMES_VI, vi, caption).grid as GridLike;
    expect(gridOf('none').top).toBeLessThan(gridOf('embedded').top);
    expect(gridOf('none').bottom).toBeLessThan(gridOf('embedded').bottom);
    expect(build(DIMENSION_NAMES_VI, vi, 'none').title).toEqual([]);
  });

  it('lists the dimensions weakest first, top to bottom', () => {
    const yAxis = build().yAxis as { data: string[]; inverse: boolean };
    expect(yAxis.inverse).toBe(true);
    expect(yAxis.data[0]).toBe('8. Quản trị điện tử');
    expect(yAxis.data.at(-1)).toBe('1. Tham gia của người dân ở cấp cơ sở');
  });

  it('labels each bar with the score and the signed gap', () => {
    const texts = svgTexts(renderToSvg(build()));
    expect(texts).toContain('3,42 (\u22120,96)');
    expect(texts).toContain('5,60 (+0,35)');
  });

  it('colours bars below the median differently from those above', () => {
    const series = build().series as SeriesLike[];
    const below = series.find((s) => s.id === DIMENSION_GAP_SERIES.below)?.data ?? [];
    const above = series.find((s) => s.id === DIMENSION_GAP_SERIES.above)?.data ?? [];
    expect(below.filter(Boolean)).toHaveLength(5);
    expect(above.filter(Boolean)).toHaveLength(3);
    const svg = renderToSvg(build());
    expect(svg).toContain(`fill="${CHART_COLORS.belowMedian}"`);
    expect(svg).toContain(`fill="${CHART_COLORS.aboveMedian}"`);
  });

  it('explains a bar in its tooltip: score, rank, median, spread and completion', () => {
    const html = callTooltip(build(), { dataIndex: 0, seriesId: DIMENSION_GAP_SERIES.below });
    expect(html).toContain('<strong>8. Quản trị điện tử</strong>');
    expect(html).toContain('Điểm: 3,42');
    expect(html).toContain('Hạng: 61/61');
    expect(html).toContain('Trung vị toàn quốc: 4,38');
    expect(html).toContain('Thấp nhất: 3,10');
    expect(html).toContain('Cao nhất: 8,90');
    expect(html).toContain('Hoàn thành nhiệm vụ: 25%');
    expect(html).toContain('Dữ liệu minh họa');
  });

  it('says so when a dimension has no plan tasks', () => {
    const html = callTooltip(build(), { dataIndex: 2 });
    expect(html).toContain('Hoàn thành nhiệm vụ: chưa có kế hoạch');
  });

  it('escapes a hostile dimension name in the tooltip', () => {
    const html = callTooltip(build({ ...DIMENSION_NAMES_VI, '8': ATTACK_STRING }), { dataIndex: 0 });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('uses English names and numbers in English', () => {
    const option = buildDimensionGapOption(makeDimensionStandings(), settings, createI18n('en'));
    const texts = svgTexts(renderToSvg(option));
    expect(texts).toContain('3.42 (\u22120.96)');
    expect(texts).toContain('Below the median');
  });
});

describe('buildDimensionGapOption on a phone-sized chart', () => {
  it('moves the plot down as the embedded title wraps and narrows the name column', () => {
    const wide = buildDimensionGapOption(makeDimensionStandings(), { ...settings, widthPx: 1200 }, vi);
    const narrow = buildDimensionGapOption(makeDimensionStandings(), { ...settings, widthPx: 340 }, vi);
    const gridOf = (o: typeof wide) => o.grid as GridLike;
    expect(gridOf(narrow).top).toBeGreaterThan(gridOf(wide).top);
    expect(gridOf(narrow).left).toBeLessThan(gridOf(wide).left);
    expect(() => renderToSvg(narrow, 340, 480)).not.toThrow();
  });
});
