import { describe, expect, it } from 'vitest';
import type { ChartCaption } from '../../../src/charts/chart-frame.ts';
import { buildDimensionGapOption } from '../../../src/charts/dimension-gap/build-dimension-gap-option.ts';
import { DIMENSION_GAP_SERIES } from '../../../src/charts/dimension-gap/gap-series.ts';
import { CHART_COLORS } from '../../../src/charts/palette.ts';
import type { DimensionStanding } from '../../../src/domain/types.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { DIMENSION_NAMES_VI, makeDimensionStandings } from '../dimension-fixture.ts';
import { callTooltip, renderToSvg, svgTexts } from '../render-svg.ts';

const vi = createI18n('vi');
const ORDER = 'hạng thấp nhất so với các tỉnh ở trên';
const build = (
  rows: readonly DimensionStanding[] = makeDimensionStandings(),
  {
    caption = 'embedded' as ChartCaption,
    widthPx = 960,
    i18n = vi,
    source = undefined as string | undefined,
  } = {},
) =>
  buildDimensionGapOption(
    rows,
    {
      provinceName: 'Đắk Nông',
      year: 2024,
      dimensionNames: DIMENSION_NAMES_VI,
      orderLabel: ORDER,
      source,
      caption,
      widthPx,
    },
    i18n,
  );

const TITLE = 'Đắk Nông 2024: khoảng cách tới trung vị toàn quốc theo chỉ số';
const SUBTITLE = `Điểm của tỉnh trừ trung vị toàn quốc (thang 1–10); âm là dưới trung vị. Thứ tự: ${ORDER}.`;
const PAPI_SOURCE = 'Nguồn: CECODES & UNDP, PAPI (papi.org.vn)';

type SeriesLike = { id?: string; data?: ({ value: number } | null)[] };
type GridLike = { top: number; bottom: number; left: number };

describe('buildDimensionGapOption', () => {
  it('carries title, the subtitle with the stated order, and source into the image when embedded', () => {
    const texts = svgTexts(renderToSvg(build()));
    expect(texts).toContain(TITLE);
    expect(texts.join(' ')).toContain(`Thứ tự: ${ORDER}.`);
    expect(texts).toContain(PAPI_SOURCE);
  });

  it('embeds the source line it is given, e.g. one that says progress is a sample', () => {
    const source = `${PAPI_SOURCE}. Tiến độ: dữ liệu minh họa, không phải báo cáo thật`;
    expect(svgTexts(renderToSvg(build(undefined, { source }))).join(' ')).toContain('dữ liệu minh họa');
  });

  it('draws no title, subtitle or source when the page carries them, but still the axes and bars', () => {
    const texts = svgTexts(renderToSvg(build(undefined, { caption: 'none' })));
    const all = texts.join(' ');
    expect(all).not.toContain(TITLE);
    expect(all).not.toContain(SUBTITLE.slice(0, 30));
    expect(all).not.toContain('Nguồn');
    expect(texts).toContain('Chênh lệch so với trung vị (điểm)');
    expect(texts).toContain('8. Quản trị điện tử');
    expect(texts).toContain('3,42 (\u22120,96)');
    expect(texts).toContain('Dưới trung vị');
  });

  it('gives the plot the room the caption would take', () => {
    const gridOf = (caption: ChartCaption) => build(undefined, { caption }).grid as GridLike;
    expect(gridOf('none').top).toBeLessThan(gridOf('embedded').top);
    expect(gridOf('none').bottom).toBeLessThan(gridOf('embedded').bottom);
  });

  it('draws the dimensions in exactly the order of the rows, first row on top, whatever that order is', () => {
    const rows = makeDimensionStandings();
    const shuffled = [rows[3], rows[0], rows[7], rows[5], rows[1], rows[6], rows[2], rows[4]].filter(
      (row): row is DimensionStanding => row !== undefined,
    );
    const yAxis = build(shuffled).yAxis as { data: string[]; inverse: boolean };
    expect(yAxis.inverse).toBe(true);
    expect(yAxis.data.map((label) => label.split('.')[0])).toEqual(shuffled.map((row) => row.indicator));
    const below = (build(shuffled).series as SeriesLike[])[0]?.data ?? [];
    expect(below.map((d) => d?.value ?? null)).toEqual(
      shuffled.map((row) => (row.gapToMedian < 0 ? Math.round(row.gapToMedian * 100) / 100 : null)),
    );
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

  it('uses the gap tooltip', () => {
    const html = callTooltip(build(), { dataIndex: 0, seriesId: DIMENSION_GAP_SERIES.below });
    expect(html).toContain('<strong>8. Quản trị điện tử</strong>');
  });

  it('uses English names and numbers in English', () => {
    const texts = svgTexts(renderToSvg(build(undefined, { i18n: createI18n('en') })));
    expect(texts).toContain('3.42 (\u22120.96)');
    expect(texts).toContain('Below the median');
  });
});

/** Horizontal extent of a drawn text: ECharts SSR writes its anchor point and text-anchor. */
function textExtents(svg: string, pattern: RegExp): { left: number; right: number; text: string }[] {
  const out: { left: number; right: number; text: string }[] = [];
  for (const m of svg.matchAll(
    /<text[^>]*text-anchor="(\w+)"[^>]*font-size:(\d+)px[^>]*transform="translate\(([\d.]+) [\d.]+\)"[^>]*>([^<]*)<\/text>/g,
  )) {
    const [, anchor, font, x, text = ''] = m;
    if (!pattern.test(text)) continue;
    // Generous: 0.62 em per character (digits and brackets are narrower in every system font).
    const width = text.length * Number(font) * 0.62;
    const left = anchor === 'end' ? Number(x) - width : Number(x);
    out.push({ left, right: left + width, text });
  }
  return out;
}

describe('buildDimensionGapOption on a phone-sized chart', () => {
  it('moves the plot down as the embedded title wraps and narrows the name column', () => {
    const gridOf = (widthPx: number) => build(undefined, { widthPx }).grid as GridLike;
    expect(gridOf(340).top).toBeGreaterThan(gridOf(1200).top);
    expect(gridOf(340).left).toBeLessThan(gridOf(1200).left);
  });

  it.each([330, 360, 520])(
    'keeps every value label inside the plot, clear of the dimension names, at %i px',
    (widthPx) => {
      // A long bar on each side, the case where a label at the bar's end would run into the names.
      const rows = makeDimensionStandings().map((row, i) =>
        i === 0 ? { ...row, gapToMedian: -2.4 } : i === 7 ? { ...row, gapToMedian: 1.9 } : row,
      );
      const option = build(rows, { caption: 'none', widthPx });
      const grid = option.grid as GridLike;
      const labels = textExtents(renderToSvg(option, widthPx, 640), /\(.\d/);
      expect(labels).toHaveLength(8);
      for (const label of labels) {
        expect(label.left, label.text).toBeGreaterThan(grid.left);
        expect(label.right, label.text).toBeLessThan(widthPx);
      }
    },
  );
});

describe('the value axis fits the bars and keeps zero', () => {
  const axisOf = (option: ReturnType<typeof build>) => option.xAxis as { min: number; max: number };
  const allBelow = makeDimensionStandings().map((row, i) => ({ ...row, gapToMedian: -0.1 - i * 0.08 }));

  it('ends at zero on the right when every dimension is below the median (wide)', () => {
    const axis = axisOf(build(allBelow));
    expect(axis.max).toBe(0);
    expect(axis.min).toBeLessThan(Math.min(...allBelow.map((row) => row.gapToMedian)));
  });

  it('ends at zero on the left when every dimension is above the median, and spans both sides otherwise', () => {
    const allAbove = allBelow.map((row) => ({ ...row, gapToMedian: -row.gapToMedian }));
    expect(axisOf(build(allAbove)).min).toBe(0);
    const mixed = axisOf(build());
    expect(mixed.min).toBeLessThan(0);
    expect(mixed.max).toBeGreaterThan(0);
  });

  it.each([390, 330])(
    'on a phone (%i px) with every bar below the median, the axis reaches past the longest bar and keeps right of zero only the value labels’ room',
    (widthPx) => {
      const option = build(allBelow, { caption: 'none', widthPx });
      const axis = axisOf(option);
      expect(axis.min).toBeLessThan(Math.min(...allBelow.map((row) => row.gapToMedian)));
      expect(axis.max).toBeGreaterThan(0);
      // Fitted, not ±: the side without bars is shorter than the side with them.
      expect(axis.max).toBeLessThan(-axis.min);
      // The labels there still fit: inside the plot and the figure.
      const grid = option.grid as GridLike & { left: number };
      const labels = textExtents(renderToSvg(option, widthPx, 640), /\(.\d/);
      expect(labels).toHaveLength(8);
      for (const label of labels) {
        expect(label.left, label.text).toBeGreaterThan(grid.left);
        expect(label.right, label.text).toBeLessThan(widthPx);
      }
    },
  );

  it('on a phone with every bar above the median, the mirror: the left side keeps only the labels’ room', () => {
    const allAbove = allBelow.map((row) => ({ ...row, gapToMedian: -row.gapToMedian }));
    const axis = axisOf(build(allAbove, { widthPx: 390 }));
    expect(axis.max).toBeGreaterThan(Math.max(...allAbove.map((row) => row.gapToMedian)));
    expect(axis.min).toBeLessThan(0);
    expect(-axis.min).toBeLessThan(axis.max);
  });
});
