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
let trend: TotalTrendPoint[];
let totals: PredecessorTotals[];
beforeAll(async () => {
  conn = await createLoadedConnector();
  rows = { years: await fetchIndicatorYears(conn, 'total'), panel: await fetchIndicatorPanel(conn, 'total') };
  lines = predecessorLines(await fetchProvinces(conn), '68', vi);
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
});
