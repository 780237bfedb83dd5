// The chart wrapper draws an option change as an update of the chart it has (chartUpdateOptions), not a new
// chart. Proof that nothing stale stays drawn: a chart drawn with one option and updated to another, in Node
// (ECharts SSR, SVG), is drawn exactly like a fresh chart of the second, for pairs of real options whose series,
// axes, legends, visual maps and titles differ: the switches users make (indicator, year, colouring, province)
// and changes of chart kind.
import type { EChartsCoreOption } from 'echarts/core';
import { ComponentModel } from 'echarts/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../src/charts/chart-spec.ts';
import { buildSpecOption } from '../../src/charts/chart-spec.ts';
import { createDimensionHeatmapSpec } from '../../src/charts/dimension-heatmap/dimension-heatmap-spec.ts';
import { createDistributionStripsSpec } from '../../src/charts/distribution-strips/distribution-strips-spec.ts';
import type { IndicatorTrendRows } from '../../src/charts/indicator-trend/indicator-trend-rows.ts';
import { createIndicatorTrendSpec } from '../../src/charts/indicator-trend/indicator-trend-spec.ts';
import { createAgencyStatesSpec } from '../../src/charts/plan-agency-states/agency-states-spec.ts';
import { createPlanCompletionSpec } from '../../src/charts/plan-completion/plan-completion-spec.ts';
import { createTileMapSpec } from '../../src/charts/tile-map/tile-map-spec.ts';
import { createTileMultiplesSpec } from '../../src/charts/tile-map/tile-multiples-spec.ts';
import { createTotalTrendSpec } from '../../src/charts/total-trend/total-trend-spec.ts';
import { echarts } from '../../src/charts/echarts-setup.ts';
import { chartUpdateOptions, COMPONENT_TYPES } from '../../src/components/chart-update-options.ts';
import type { Connector } from '../../src/db/connector.ts';
import { buildPairStates, listReportedPeriods } from '../../src/domain/task-state-pairs.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { fetchIndicatorPanel } from '../../src/queries/indicator-panel.ts';
import { fetchIndicatorYears } from '../../src/queries/indicator-years.ts';
import { fetchPlanCompletionByPeriod } from '../../src/queries/plan-completion-by-period.ts';
import { fetchPlanViewReports } from '../../src/queries/plan-view-reports.ts';
import { fetchPlanViewTasks } from '../../src/queries/plan-view-tasks.ts';
import { fetchPredecessorTotals } from '../../src/queries/predecessor-totals.ts';
import { fetchProvinces } from '../../src/queries/provinces.ts';
import { fetchTotalTrend } from '../../src/queries/total-trend.ts';
import { countStatesByAgency } from '../../src/views/plan/agency-state-counts.ts';
import { predecessorLines } from '../../src/views/shared/lineage-text.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';
import { makeHeatmapRows } from '../charts/export-layout-fixtures.ts';
import { DIMENSION_NAMES_VI } from '../charts/dimension-fixture.ts';
import { fetchMultiplesRows, fetchTileRows } from '../charts/tile-map/tile-fixture.ts';
import { makeTrendPoints } from '../charts/trend-fixture.ts';

const vi = createI18n('vi');
const HEIGHT_PX = 560;
const PEERS = [
  { code: 'P40', name: 'Kon Tum' },
  { code: 'P41', name: 'Gia Lai' },
  { code: 'P42', name: 'Đắk Lắk' },
  { code: 'P44', name: 'Lâm Đồng' },
];

let conn: Connector;
/** Every chart of the test, by name: a function of the width it is drawn at. */
let charts: Record<string, (widthPx: number) => EChartsCoreOption>;

/** Chart `name`'s option at `widthPx`. */
function optionOf(name: string, widthPx: number): EChartsCoreOption {
  const chart = charts[name];
  if (chart === undefined) throw new Error(`no chart "${name}" in the test`);
  return chart(widthPx);
}

/** The option the wrapper draws on screen for `spec` at `widthPx`. */
const onScreen =
  <R, S>(spec: ChartSpec<R, S>) =>
  (widthPx: number): EChartsCoreOption =>
    buildSpecOption(spec, { widthPx, caption: 'none' }, vi);

beforeAll(async () => {
  conn = await createLoadedConnector();
  const indicatorRows = async (code: string): Promise<IndicatorTrendRows> => ({
    years: await fetchIndicatorYears(conn, code),
    panel: await fetchIndicatorPanel(conn, code),
  });
  const [dimension1, dimension2, dimension8, total] = [
    await indicatorRows('1'),
    await indicatorRows('2'),
    await indicatorRows('8'),
    await indicatorRows('total'),
  ];
  const dimensionTrend = (rows: IndicatorTrendRows, code: string) =>
    onScreen(
      createIndicatorTrendSpec(rows, {
        provinceCode: 'P43',
        provinceName: 'Đắk Nông',
        indicatorLabel: DIMENSION_NAMES_VI[code] ?? code,
        peers: PEERS,
        band: 'both',
      }),
    );
  const lamDongLines = predecessorLines(await fetchProvinces(conn), '68', vi);
  const lamDongTotals = await fetchPredecessorTotals(conn, '68');
  const tiles = {
    total2024: await fetchTileRows(conn, 2024, 'total'),
    dimension2of2024: await fetchTileRows(conn, 2024, '2'),
    total2023: await fetchTileRows(conn, 2023, 'total'),
    total2016: await fetchTileRows(conn, 2016, 'total'),
    dimensions2024: await fetchMultiplesRows(conn, 2024),
  };
  const tasks = await fetchPlanViewTasks(conn, 'P43');
  const reports = await fetchPlanViewReports(conn, 'P43');
  const periods = listReportedPeriods(reports);
  const agenciesAt = (at: { period: string; periodEnd: string } | undefined) =>
    countStatesByAgency(tasks, buildPairStates(tasks, reports, at ?? { period: '', periodEnd: '' }));
  const completion = await fetchPlanCompletionByPeriod(conn, 'P43');
  const firstPeriod = completion[0]?.period;
  const heatmap = makeHeatmapRows();

  charts = {
    'total trend, Đắk Nông': onScreen(createTotalTrendSpec(makeTrendPoints(), { provinceName: 'Đắk Nông' })),
    'total trend, Lâm Đồng (real rows) and its three predecessors': onScreen(
      createTotalTrendSpec(await fetchTotalTrend(conn, '68'), {
        provinceName: 'Lâm Đồng',
        predecessors: lamDongLines.map((line) => ({
          ...line,
          totals: lamDongTotals.filter((r) => r.provinceCode === line.code),
        })),
        predecessorNote: vi.t('merger.trend.predecessorNote', { province: 'Lâm Đồng' }),
      }),
    ),
    'indicator trend, dimension 1 of Đắk Nông with four peers': dimensionTrend(dimension1, '1'),
    'indicator trend, dimension 2 of Đắk Nông with four peers': dimensionTrend(dimension2, '2'),
    'indicator trend, dimension 8 of Đắk Nông with four peers': dimensionTrend(dimension8, '8'),
    'indicator trend, total of Đắk Nông without peers': onScreen(
      createIndicatorTrendSpec(total, {
        provinceCode: 'P43',
        provinceName: 'Đắk Nông',
        indicatorLabel: 'Tổng hợp',
        peers: [],
        band: 'both',
      }),
    ),
    'indicator trend, total of Lâm Đồng drawn by its predecessors': onScreen(
      createIndicatorTrendSpec(total, {
        provinceCode: '68',
        provinceName: 'Lâm Đồng',
        indicatorLabel: 'Tổng hợp',
        peers: [],
        predecessors: lamDongLines,
        predecessorNote: vi.t('merger.trend.predecessorNote', { province: 'Lâm Đồng' }),
        band: 'both',
      }),
    ),
    'dimension heatmap by rank': onScreen(
      createDimensionHeatmapSpec(heatmap, { provinceName: 'Đắk Nông', colour: 'rank' }),
    ),
    'dimension heatmap by score, 2018 on': onScreen(
      createDimensionHeatmapSpec(
        {
          ...heatmap,
          years: heatmap.years.filter((y) => y >= 2018),
          cells: heatmap.cells.filter((c) => c.year >= 2018),
        },
        { provinceName: 'Đắk Nông', colour: 'score' },
      ),
    ),
    'tile map, total 2024 by group, Đắk Nông selected': onScreen(
      createTileMapSpec(tiles.total2024, { colour: 'group', selectedCode: 'P43' }),
    ),
    'tile map, dimension 2 of 2024 by score, Quảng Ninh selected': onScreen(
      createTileMapSpec(tiles.dimension2of2024, { colour: 'score', selectedCode: 'P14' }),
    ),
    'tile map, total 2023 by group, Đắk Nông selected': onScreen(
      createTileMapSpec(tiles.total2023, { colour: 'group', selectedCode: 'P43' }),
    ),
    'tile map, total 2016 by score, nothing selected': onScreen(
      createTileMapSpec(tiles.total2016, { colour: 'score', selectedCode: '' }),
    ),
    'tile small multiples, 2024 by group': onScreen(
      createTileMultiplesSpec(tiles.dimensions2024, { colour: 'group', selectedCode: 'P43' }),
    ),
    'distribution strips, 2024': onScreen(
      createDistributionStripsSpec(
        { year: 2024, panels: tiles.dimensions2024.panels.map((p) => ({ ...p, p25: 4, median: 5, p75: 6 })) },
        { selectedCode: 'P43' },
      ),
    ),
    'plan completion, every period': onScreen(
      createPlanCompletionSpec(completion, {
        provinceName: 'Đắk Nông',
        plans: '474/KH-UBND',
        dimensionNames: DIMENSION_NAMES_VI,
      }),
    ),
    'plan completion, the first period only': onScreen(
      createPlanCompletionSpec(
        completion.filter((row) => row.period === firstPeriod),
        { provinceName: 'Đắk Nông', plans: '474/KH-UBND', dimensionNames: DIMENSION_NAMES_VI },
      ),
    ),
    'plan deadline states by agency, latest period': onScreen(
      createAgencyStatesSpec(agenciesAt(periods.at(-1)), { provinceName: 'Đắk Nông', period: '2025-Q4' }),
    ),
  };
});
afterAll(async () => {
  await conn.close();
});

/**
 * `svg` with the ids and class names zrender numbers per instance and per element ever made ("zr8-cls-892")
 * renumbered in the order they appear, so two drawings compare by what they draw.
 */
function drawnContent(svg: string): string {
  const numbers = new Map<string, number>();
  return svg.replace(/zr\d+-([a-z]+)-?(\d+)/g, (_, kind: string, n: string) => {
    const key = `${kind}${n}`;
    if (!numbers.has(key)) numbers.set(key, numbers.size);
    return `zr-${kind}-${numbers.get(key)}`;
  });
}

/**
 * The elements of `svg` in no particular order, without the ids that follow the order (see drawnContent) and
 * without the hover style sheet, which zrender writes per class in drawing order.
 */
const elementsOf = (svg: string): string[] =>
  svg
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/zr-[a-z]+-\d+/g, 'zr-id')
    .split(/(?=<)/)
    .sort();

/** A chart drawn with `first` then updated to `second` as the wrapper updates it, as SVG. */
function drawUpdated(first: EChartsCoreOption, second: EChartsCoreOption, widthPx: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: widthPx, height: HEIGHT_PX });
  try {
    chart.setOption(first, chartUpdateOptions(null, first));
    chart.setOption(second, chartUpdateOptions(first, second));
    return drawnContent(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

/** A new chart drawn with `option`, as SVG. */
function drawFresh(option: EChartsCoreOption, widthPx: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: widthPx, height: HEIGHT_PX });
  try {
    chart.setOption(option);
    return drawnContent(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

/** Switches users make on one figure, and changes of what a figure shows, each tried both ways. */
const PAIRS: readonly [string, string][] = [
  ['total trend, Đắk Nông', 'total trend, Lâm Đồng (real rows) and its three predecessors'],
  [
    'indicator trend, dimension 1 of Đắk Nông with four peers',
    'indicator trend, dimension 2 of Đắk Nông with four peers',
  ],
  [
    'indicator trend, dimension 2 of Đắk Nông with four peers',
    'indicator trend, dimension 8 of Đắk Nông with four peers',
  ],
  [
    'indicator trend, dimension 2 of Đắk Nông with four peers',
    'indicator trend, total of Đắk Nông without peers',
  ],
  [
    'indicator trend, total of Đắk Nông without peers',
    'indicator trend, total of Lâm Đồng drawn by its predecessors',
  ],
  ['dimension heatmap by rank', 'dimension heatmap by score, 2018 on'],
  [
    'tile map, total 2024 by group, Đắk Nông selected',
    'tile map, dimension 2 of 2024 by score, Quảng Ninh selected',
  ],
  ['tile map, total 2024 by group, Đắk Nông selected', 'tile map, total 2023 by group, Đắk Nông selected'],
  ['tile map, total 2023 by group, Đắk Nông selected', 'tile map, total 2016 by score, nothing selected'],
  ['plan completion, every period', 'plan completion, the first period only'],
  ['plan completion, every period', 'plan deadline states by agency, latest period'],
  ['total trend, Đắk Nông', 'dimension heatmap by rank'],
  ['tile map, total 2024 by group, Đắk Nông selected', 'tile small multiples, 2024 by group'],
  ['tile small multiples, 2024 by group', 'distribution strips, 2024'],
  [
    'indicator trend, dimension 2 of Đắk Nông with four peers',
    'plan deadline states by agency, latest period',
  ],
];

describe('chartUpdateOptions: an updated chart is drawn as a fresh one', () => {
  for (const [a, b] of PAIRS) {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      it(`from "${from}" to "${to}", at 960 px and on a 390 px phone`, () => {
        for (const widthPx of [960, 390]) {
          const [first, second] = [optionOf(from, widthPx), optionOf(to, widthPx)];
          const fresh = drawFresh(second, widthPx);
          expect(drawFresh(first, widthPx), 'the two charts differ').not.toBe(fresh);
          const updated = drawUpdated(first, second, widthPx);
          if (chartUpdateOptions(first, second).notMerge === true) {
            // ECharts' own full replace, what the wrapper always did before, may paint series in another order.
            expect(elementsOf(updated)).toEqual(elementsOf(fresh));
          } else {
            expect(updated).toBe(fresh);
          }
        }
      });
    }
  }

  it('shows again a line the user switched off in the legend, as a new chart does, after a switch', () => {
    const [first, second] = [
      optionOf('total trend, Đắk Nông', 960),
      optionOf('total trend, Lâm Đồng (real rows) and its three predecessors', 960),
    ];
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 960, height: HEIGHT_PX });
    try {
      chart.setOption(first, chartUpdateOptions(null, first));
      const shown = chart.renderToSVGString();
      chart.dispatchAction({ type: 'legendUnSelect', name: vi.t('chart.trend.median') });
      expect(chart.renderToSVGString(), 'the click hid the line').not.toBe(shown);
      chart.setOption(second, chartUpdateOptions(first, second));
      expect(drawnContent(chart.renderToSVGString())).toBe(drawFresh(second, 960));
    } finally {
      chart.dispose();
    }
  });

  it('redraws a chart at another width as it is drawn fresh at that width', () => {
    for (const name of ['tile map, total 2024 by group, Đắk Nông selected', 'total trend, Đắk Nông']) {
      const [wide, narrow] = [optionOf(name, 960), optionOf(name, 390)];
      expect(drawUpdated(wide, narrow, 390)).toBe(drawFresh(narrow, 390));
    }
  });
});

describe('chartUpdateOptions: what it rebuilds', () => {
  it('names only component kinds ECharts has, and every kind the charts use is one of them', () => {
    for (const type of COMPONENT_TYPES) expect(ComponentModel.hasClass(type), type).toBe(true);
    const keys = new Set(Object.values(charts).flatMap((chart) => Object.keys(chart(960))));
    const components = [...keys].filter((key) => ComponentModel.hasClass(key));
    expect(components.filter((key) => !(COMPONENT_TYPES as readonly string[]).includes(key))).toEqual([]);
  });

  it('keeps the tile map’s squares, axes and tooltip when only the indicator changes (their views are reused)', () => {
    const update = chartUpdateOptions(
      optionOf('tile map, total 2024 by group, Đắk Nông selected', 960),
      optionOf('tile map, total 2023 by group, Đắk Nông selected', 960),
    );
    expect(update.notMerge).toBe(false);
    expect(update.replaceMerge).not.toContain('series');
    expect(update.replaceMerge).not.toContain('tooltip');
  });

  it('merges the Dimensions trend in place when a switch keeps its lines (peers and series breaks)', () => {
    const update = chartUpdateOptions(
      optionOf('indicator trend, dimension 1 of Đắk Nông with four peers', 960),
      optionOf('indicator trend, dimension 2 of Đắk Nông with four peers', 960),
    );
    expect(update).toEqual({ notMerge: false, replaceMerge: ['legend'] });
  });

  it('replaces the series when a chart’s lines change in number, and the legend always', () => {
    const update = chartUpdateOptions(
      optionOf('total trend, Đắk Nông', 960),
      optionOf('total trend, Lâm Đồng (real rows) and its three predecessors', 960),
    );
    expect(update.notMerge).toBe(false);
    expect(update.replaceMerge).toEqual(expect.arrayContaining(['series', 'legend']));
  });

  it('falls back to a full replace when a global setting would stay, and for a chart’s first option', () => {
    const option = { animation: false, color: ['#000', '#111'], series: [] };
    expect(chartUpdateOptions(null, option)).toEqual({ notMerge: true });
    expect(chartUpdateOptions(option, { series: [] })).toEqual({ notMerge: true });
    expect(chartUpdateOptions(option, { ...option, color: ['#222'] })).toEqual({ notMerge: true });
    expect(chartUpdateOptions(option, { ...option, color: ['#222', '#333'] })).toEqual({
      notMerge: false,
      replaceMerge: [],
    });
  });

  it('replaces a component whose kept id would keep a property the new option leaves out', () => {
    const prev = { series: [{ id: 'a', type: 'line', data: [1], markLine: { data: [{ yAxis: 1 }] } }] };
    const next = { series: [{ id: 'a', type: 'line', data: [2] }] };
    expect(chartUpdateOptions(prev, next)).toEqual({ notMerge: true });
    const drawn = drawUpdated({ ...prev, xAxis: {}, yAxis: {} }, { ...next, xAxis: {}, yAxis: {} }, 400);
    expect(drawn).toBe(drawFresh({ ...next, xAxis: {}, yAxis: {} }, 400));
  });
});
