// The side-by-side charts rendered to SVG in Node: one colour per entry, dots on the 1-10 scale, totals broken
// into segments at a series break, and every name escaped in the tooltips.
import { describe, expect, it } from 'vitest';
import { buildCompareProfileOption } from '../../src/charts/province-compare/build-compare-profile-option.ts';
import { buildCompareTotalsOption } from '../../src/charts/province-compare/build-compare-totals-option.ts';
import { entryColour } from '../../src/charts/province-compare/compare-entries.ts';
import type { CompareProfilePoint } from '../../src/charts/province-compare/compare-profile-data.ts';
import type { CompareTotalPoint } from '../../src/charts/province-compare/compare-totals-data.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { ATTACK_STRING, callTooltip, linePaths, renderToSvg, svgTexts } from './render-svg.ts';

const vi = createI18n('vi');
const ENTRIES = [
  { code: 'A', label: 'Tỉnh A' },
  { code: 'B', label: ATTACK_STRING },
];
const DIMENSIONS = [
  { code: '1', name: 'Tham gia' },
  { code: '2', name: 'Công khai' },
];
const PROFILE: CompareProfilePoint[] = [
  { entryCode: 'A', indicator: '1', score: 5.1 },
  { entryCode: 'A', indicator: '2', score: 4.8 },
  { entryCode: 'B', indicator: '1', score: 6.3 },
];
const render = { caption: 'embedded' as const, widthPx: 960 };

describe('the compared profiles', () => {
  const option = buildCompareProfileOption(
    PROFILE,
    { year: 2024, entries: ENTRIES, dimensions: DIMENSIONS, ...render },
    vi,
  );
  const svg = renderToSvg(option);

  it('draws one dot per scored entry and dimension, each entry in its own colour', () => {
    const dots = (colour: string) =>
      [...svg.matchAll(/<path [^>]*fill="([^"]+)"[^>]*ecmeta_ssr_type="chart"/g)].filter(
        (m) => m[1]?.toUpperCase() === colour.toUpperCase(),
      ).length;
    expect(entryColour(0)).not.toBe(entryColour(1));
    expect(dots(entryColour(0))).toBe(2);
    expect(dots(entryColour(1))).toBe(1);
  });

  it('writes the title, the dimension names and the 1-10 scale', () => {
    const texts = svgTexts(svg);
    expect(texts.some((text) => text.startsWith('Các chỉ số nội dung năm 2024'))).toBe(true);
    expect(texts).toContain('1. Tham gia');
    expect(texts).toContain('10');
  });

  it('escapes a name in the tooltip', () => {
    const html = callTooltip(option, { seriesIndex: 1, dataIndex: 0 });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('6,3');
  });
});

describe('the compared totals', () => {
  const TOTALS: CompareTotalPoint[] = [
    { entryCode: 'A', year: 2016, total: 35.9, comparableWithPrevious: false },
    { entryCode: 'A', year: 2017, total: 36.2, comparableWithPrevious: true },
    { entryCode: 'A', year: 2018, total: 41.0, comparableWithPrevious: false },
    { entryCode: 'A', year: 2019, total: 42.3, comparableWithPrevious: true },
    { entryCode: 'B', year: 2019, total: 44.0, comparableWithPrevious: false },
  ];
  const option = buildCompareTotalsOption(TOTALS, { entries: ENTRIES, ...render }, vi);
  const svg = renderToSvg(option);

  it('never joins a line across the break: two separate pieces for A', () => {
    expect(linePaths(svg, entryColour(0), 2)).toHaveLength(2);
    expect(svgTexts(svg).some((text) => text.includes('Đường bị ngắt năm 2018'))).toBe(true);
  });

  it('writes a close race’s scale in the UI’s number format (40,4 in Vietnamese)', () => {
    const close: CompareTotalPoint[] = [2021, 2022, 2023].map((year, i) => ({
      entryCode: 'A',
      year,
      total: 40.1 + i * 0.5,
      comparableWithPrevious: i > 0,
    }));
    const ticks = svgTexts(
      renderToSvg(buildCompareTotalsOption(close, { entries: ENTRIES, ...render }, vi)),
    ).filter((text) => /^\d+[.,]\d+$/.test(text));
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.every((text) => text.includes(','))).toBe(true);
  });

  it('escapes names in the axis tooltip', () => {
    const html = callTooltip(option, [{ dataIndex: 3 }]);
    expect(html).toContain('2019');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
  });
});
