// A new province's trend charts show each predecessor as its own labelled line before the province's own
// scores, never one joined or averaged line. Real 2011-2024 data; for the "own scores" case the new Lâm Đồng
// gets a FIXTURE 2025 score (made up, tests only).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LineSeriesOption } from 'echarts/charts';
import { buildIndicatorTrendOption } from '../../../src/charts/indicator-trend/build-indicator-trend-option.ts';
import type { IndicatorTrendRows } from '../../../src/charts/indicator-trend/indicator-trend-rows.ts';
import { buildIndicatorTrendTable } from '../../../src/charts/indicator-trend/indicator-trend-table.ts';
import { buildTotalTrendOption } from '../../../src/charts/total-trend/build-total-trend-option.ts';
import type { PredecessorTotals } from '../../../src/charts/total-trend/trend-predecessors.ts';
import type { Connector } from '../../../src/db/connector.ts';
import type { TotalTrendPoint } from '../../../src/domain/types.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { fetchIndicatorPanel } from '../../../src/queries/indicator-panel.ts';
import { fetchIndicatorYears } from '../../../src/queries/indicator-years.ts';
import { fetchPredecessorTotals } from '../../../src/queries/predecessor-totals.ts';
import { fetchProvinces } from '../../../src/queries/provinces.ts';
import { fetchTotalTrend } from '../../../src/queries/total-trend.ts';
import { predecessorLines } from '../../../src/views/shared/lineage-text.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';
import { renderToSvg, svgTexts } from '../render-svg.ts';

const vi = createI18n('vi');
let conn: Connector;
let rows: IndicatorTrendRows;
let lines: { code: string; name: string }[];
let provinces: Awaited<ReturnType<typeof fetchProvinces>>;
let trend: TotalTrendPoint[];
let totals: PredecessorTotals[];
beforeAll(async () => {
  conn = await createLoadedConnector();
  rows = { years: await fetchIndicatorYears(conn, 'total'), panel: await fetchIndicatorPanel(conn, 'total') };
  provinces = await fetchProvinces(conn);
  lines = predecessorLines(provinces, '68', vi);
  trend = await fetchTotalTrend(conn, '68');
  const predecessorRows = await fetchPredecessorTotals(conn, '68');
  totals = lines.map((line) => ({
    ...line,
    totals: predecessorRows.filter((r) => r.provinceCode === line.code),
  }));
});
afterAll(async () => {
  await conn.close();
});

const settings = {
  provinceCode: '68',
  provinceName: 'Lâm Đồng',
  indicatorLabel: 'Tổng',
  peers: [],
  band: 'both' as const,
  caption: 'embedded' as const,
  widthPx: 960,
};
const seriesOf = (option: unknown): LineSeriesOption[] => (option as { series: LineSeriesOption[] }).series;
const predecessorSeries = (option: unknown) =>
  seriesOf(option).filter((s) => String(s.id).startsWith('predecessor-'));

describe('the new Lâm Đồng’s indicator trend (Dimensions)', () => {
  it('labels its three predecessors "(cũ)"', () => {
    expect(lines.map((l) => l.name)).toEqual(['Bình Thuận (cũ)', 'Đắk Nông (cũ)', 'Lâm Đồng (cũ)']);
  });

  it('draws each predecessor as its own line, broken at 2018, labelled at its end', () => {
    const option = buildIndicatorTrendOption(rows, { ...settings, predecessors: lines }, vi);
    const series = predecessorSeries(option);
    // 3 predecessors × 2 comparable runs (2011-2017, 2018-2024).
    expect(series.map((s) => s.id)).toEqual([
      'predecessor-P39-2011',
      'predecessor-P43-2011',
      'predecessor-P44-2011',
      'predecessor-P39-2018',
      'predecessor-P43-2018',
      'predecessor-P44-2018',
    ]);
    const dakNong2018 = series.find((s) => s.id === 'predecessor-P43-2018');
    expect((dakNong2018?.data as (number | null)[]).at(-1)).toBe(40.54);
    expect(new Set(series.map((s) => (s.lineStyle as { color: string }).color)).size).toBe(3);
    const texts = svgTexts(renderToSvg(option, 960, 460));
    for (const name of ['Bình Thuận (cũ)', 'Đắk Nông (cũ)', 'Lâm Đồng (cũ)']) expect(texts).toContain(name);
  });

  it('never draws a merged line: no series holds a sum or a mean of the predecessors', () => {
    const option = buildIndicatorTrendOption(rows, { ...settings, predecessors: lines }, vi);
    const own = seriesOf(option).filter((s) => String(s.id).startsWith('province-'));
    expect(own.flatMap((s) => s.data as (number | null)[]).every((v) => v === null)).toBe(true);
  });

  it('stops the predecessors the year the new province has its own score (FIXTURE 2025 score)', () => {
    const fixture: IndicatorTrendRows = {
      years: [
        ...rows.years,
        {
          ...(rows.years.at(-1) as IndicatorTrendRows['years'][number]),
          year: 2025,
          comparableWithPrevious: true,
        },
      ],
      panel: [
        ...rows.panel,
        { provinceCode: '68', year: 2025, score: 44.44, rank: 1, scoredCount: 34 },
        // FIXTURE: an old unit scored in 2025 must still not be drawn after the new unit's first year.
        { provinceCode: 'P43', year: 2025, score: 41, rank: 1, scoredCount: 1 },
      ],
    };
    const series = predecessorSeries(
      buildIndicatorTrendOption(fixture, { ...settings, predecessors: lines }, vi),
    );
    const dakNong = series.find((s) => s.id === 'predecessor-P43-2018')?.data as (number | null)[];
    expect(dakNong.at(-1)).toBeNull();
    expect(dakNong.at(-2)).toBe(40.54);
  });

  it('puts each predecessor in its own table column', () => {
    const table = buildIndicatorTrendTable(rows, { ...settings, predecessors: lines }, vi);
    expect(table.columns.slice(0, 5)).toEqual([
      'Năm',
      'Lâm Đồng',
      'Bình Thuận (cũ)',
      'Đắk Nông (cũ)',
      'Lâm Đồng (cũ)',
    ]);
  });
});

describe('the new Lâm Đồng’s total trend (Overview)', () => {
  it('draws the three predecessors’ official totals as separate labelled lines, none for the new unit itself', () => {
    const option = buildTotalTrendOption(
      trend,
      { provinceName: 'Lâm Đồng', predecessors: totals, caption: 'embedded', widthPx: 960 },
      vi,
    );
    const series = predecessorSeries(option);
    expect(series).toHaveLength(6);
    expect(series.find((s) => s.id === 'predecessor-P43-2018')?.data).toContain(40.54);
    const texts = svgTexts(renderToSvg(option, 960, 480));
    for (const name of ['Bình Thuận (cũ)', 'Đắk Nông (cũ)', 'Lâm Đồng (cũ)']) expect(texts).toContain(name);
  });

  it('keeps room right of the plot for the predecessors’ end labels, so they are not cut off', () => {
    const withLines = buildTotalTrendOption(
      trend,
      { provinceName: 'Lâm Đồng', predecessors: totals, caption: 'none', widthPx: 960 },
      vi,
    );
    const without = buildTotalTrendOption(
      trend,
      { provinceName: 'Lâm Đồng', caption: 'none', widthPx: 960 },
      vi,
    );
    const right = (option: unknown) => (option as { grid: { right: number } }).grid.right;
    expect(right(withLines)).toBeGreaterThanOrEqual(100);
    expect(right(without)).toBeLessThan(right(withLines));
  });

  it.each([
    ['vi', 390],
    ['vi', 1160],
    ['en', 390],
    ['en', 1160],
  ] as const)(
    'writes each predecessor’s whole name at its line’s end, apart from the next by more than its letters’ height (%s, %i px)',
    (lang, widthPx) => {
      const i18n = lang === 'vi' ? vi : createI18n('en');
      const named = predecessorLines(provinces, '68', i18n).map((line) => ({
        ...line,
        totals: totals.find((t) => t.code === line.code)?.totals ?? [],
      }));
      const option = buildTotalTrendOption(
        trend,
        { provinceName: 'Lâm Đồng', predecessors: named, caption: 'none', widthPx },
        i18n,
      );
      // End labels are the texts right of the plot, above its bottom (the axis's years and the legend are below).
      const { grid } = option as { grid: { right: number; bottom: number } };
      const plotRight = widthPx - grid.right;
      const plotBottom = 420 - grid.bottom;
      const ends = [
        ...renderToSvg(option, widthPx, 420).matchAll(
          /<text[^>]*translate\(([\d.]+) ([\d.]+)\)[^>]*>([^<]*)<\/text>/g,
        ),
      ]
        .filter((m) => Number(m[1]) >= plotRight && Number(m[2]) < plotBottom)
        .map((m) => ({ y: Number(m[2]), text: m[3] ?? '' }))
        .sort((a, b) => a.y - b.y);
      // Whole: "Binh Thuan (former)" is neither cut at the chart's edge nor shortened to "Binh Thuan (for...".
      expect(ends.map((end) => end.text).sort()).toEqual(named.map((line) => line.name).sort());
      const longest = Math.max(...named.map((line) => line.name.length));
      expect(widthPx - plotRight).toBeGreaterThanOrEqual(Math.min(longest * 11 * 0.55, widthPx * 0.4));
      // Đắk Nông's 40,54 and Lâm Đồng's 41,02 end a few px apart: their 11 px names, marks and all, must not touch.
      for (let i = 1; i < ends.length; i += 1)
        expect((ends[i]?.y ?? 0) - (ends[i - 1]?.y ?? 0)).toBeGreaterThanOrEqual(15);
    },
  );

  it('wraps each period’s label within its own years on a phone, beside the room kept for the end labels', () => {
    const widthPx = 390;
    const option = buildTotalTrendOption(
      trend,
      { provinceName: 'Lâm Đồng', predecessors: totals, caption: 'none', widthPx },
      vi,
    ) as { grid: { left: number; right: number }; series: LineSeriesOption[] };
    const labelWidths = option.series.flatMap((s) => {
      const width = (s.markArea?.label as { width?: number } | undefined)?.width;
      return width === undefined ? [] : [width];
    });
    expect(labelWidths).toHaveLength(2);
    const plotWidthPx = widthPx - option.grid.left - option.grid.right;
    // Side by side over 2011-2017 and 2018-2024, the two labels fit in the plot: neither runs into the other.
    expect(labelWidths.reduce((sum, width) => sum + width, 0)).toBeLessThanOrEqual(plotWidthPx);
  });
});
