// Every exported figure, per chart spec, rendered to SVG in Node as the export menu renders it (the 1920×1080
// slide and the 390 px phone figure), its texts measured in the export font: no two texts drawn over each
// other, none running off the figure's edge, none cut short with "…". A failure lists the offending texts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChartExportName, ChartSpec } from '../../src/charts/chart-spec.ts';
import { createCompletionScatterSpec } from '../../src/charts/completion-scatter/completion-scatter-spec.ts';
import { createDimensionGapSpec } from '../../src/charts/dimension-gap/dimension-gap-spec.ts';
import { createDimensionHeatmapSpec } from '../../src/charts/dimension-heatmap/dimension-heatmap-spec.ts';
import { createDistributionStripsSpec } from '../../src/charts/distribution-strips/distribution-strips-spec.ts';
import type { StripRows } from '../../src/charts/distribution-strips/strip-rows.ts';
import type { IndicatorTrendRows } from '../../src/charts/indicator-trend/indicator-trend-rows.ts';
import { createIndicatorTrendSpec } from '../../src/charts/indicator-trend/indicator-trend-spec.ts';
import type { LeagueFigureRows } from '../../src/charts/league-table/league-figure-rows.ts';
import { createLeagueFigureSpec } from '../../src/charts/league-table/league-figure-spec.ts';
import { createAgencyStatesSpec } from '../../src/charts/plan-agency-states/agency-states-spec.ts';
import type { PlanCompletionPoint } from '../../src/charts/plan-completion/plan-completion-rows.ts';
import { createPlanCompletionSpec } from '../../src/charts/plan-completion/plan-completion-spec.ts';
import { createCompareProfileSpec } from '../../src/charts/province-compare/compare-profile-spec.ts';
import { createCompareTotalsSpec } from '../../src/charts/province-compare/compare-totals-spec.ts';
import { withSampleNote } from '../../src/charts/sample-note.ts';
import { createScoreCompletionSpec } from '../../src/charts/score-completion/score-completion-spec.ts';
import { createMultiplesSpec } from '../../src/charts/subdimension-multiples/multiples-spec.ts';
import type { TileMapRows } from '../../src/charts/tile-map/tile-map-rows.ts';
import { createTileMapSpec } from '../../src/charts/tile-map/tile-map-spec.ts';
import { createTileMultiplesSpec } from '../../src/charts/tile-map/tile-multiples-spec.ts';
import type { PredecessorTotals } from '../../src/charts/total-trend/trend-predecessors.ts';
import { createTotalTrendSpec } from '../../src/charts/total-trend/total-trend-spec.ts';
import type { Connector } from '../../src/db/connector.ts';
import { sql } from '../../src/db/sql.ts';
import type { StateCounts } from '../../src/domain/task-state-summary.ts';
import { buildPairStates, listReportedPeriods } from '../../src/domain/task-state-pairs.ts';
import type { TotalTrendPoint } from '../../src/domain/types.ts';
import { buildExportOption, screenLayoutOf, slideLayoutOf } from '../../src/export/export-option.ts';
import { slugify } from '../../src/export/file-name.ts';
import { specFileName } from '../../src/export/spec-file-name.ts';
import type { ExportLayout } from '../../src/export/export-option.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import type { I18n } from '../../src/i18n/create-i18n.ts';
import { fetchIndicatorPanel } from '../../src/queries/indicator-panel.ts';
import { fetchIndicatorYears } from '../../src/queries/indicator-years.ts';
import { fetchNationLeagueTable } from '../../src/queries/nation-league-table.ts';
import { fetchPlanCompletionByPeriod } from '../../src/queries/plan-completion-by-period.ts';
import { fetchPlanViewReports } from '../../src/queries/plan-view-reports.ts';
import { fetchPlanViewTasks } from '../../src/queries/plan-view-tasks.ts';
import { fetchPredecessorTotals } from '../../src/queries/predecessor-totals.ts';
import { fetchProvinces } from '../../src/queries/provinces.ts';
import { fetchTotalTrend } from '../../src/queries/total-trend.ts';
import { DEFAULT_NATION_SORT } from '../../src/state/view-params/nation-params.ts';
import { createResultChartSpec } from '../../src/views/data/sql-console/result-chart-spec.ts';
import { toLeagueFigureRows } from '../../src/views/nation/league/league-figure-rows-of.ts';
import { buildLeagueTable } from '../../src/views/nation/league/league-rows.ts';
import { sortLeagueRows } from '../../src/views/nation/league/sort-league-rows.ts';
import { countStatesByAgency } from '../../src/views/plan/agency-state-counts.ts';
import { predecessorLines } from '../../src/views/shared/lineage-text.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';
import { DIMENSION_NAMES_VI, makeDimensionStandings } from './dimension-fixture.ts';
import { useExportFontMetrics, useNodeTextMetrics } from './export-font-metrics.ts';
import {
  COMPARE_DIMENSIONS,
  COMPARE_ENTRIES,
  makeCompareProfile,
  makeCompareTotals,
  makeHeatmapRows,
  makeMultiplesRows,
  makeScatterRows,
  makeScoreCompletionRows,
} from './export-layout-fixtures.ts';
import { renderToSvg, svgTexts } from './render-svg.ts';
import { findTextLayoutProblems, svgTextBoxes } from './svg-text-boxes.ts';
import { fetchMultiplesRows, fetchTileRows } from './tile-map/tile-fixture.ts';
import { makeTrendPoints } from './trend-fixture.ts';

const vi = createI18n('vi');
const LOCALES = { vi, en: createI18n('en') } as const;
/** The UI language the figures are exported in (each describe block sets it). */
let ui: I18n = vi;
const SAMPLE = { isSample: true, source: 'task-progress.sample.csv' } as const;
const STAMP = 'Xuất ngày 03/12/2026';
const PHONE_WIDTH_PX = 390;
const PEERS = [
  { code: 'P40', name: 'Kon Tum' },
  { code: 'P41', name: 'Gia Lai' },
  { code: 'P42', name: 'Đắk Lắk' },
  { code: 'P44', name: 'Lâm Đồng' },
];

let conn: Connector;
let lamDong: {
  trend: TotalTrendPoint[];
  totals: PredecessorTotals[];
  lines: { code: string; name: string }[];
};
let indicatorRows: { dimension2: IndicatorTrendRows; total: IndicatorTrendRows };
let tiles: { total: TileMapRows; dimensions: TileMapRows; strips: StripRows };
let league: LeagueFigureRows;
let plan: { completion: PlanCompletionPoint[]; agencies: StateCounts[] };

beforeAll(async () => {
  useExportFontMetrics();
  conn = await createLoadedConnector();
  const lines = predecessorLines(await fetchProvinces(conn), '68', vi);
  const predecessorRows = await fetchPredecessorTotals(conn, '68');
  lamDong = {
    trend: await fetchTotalTrend(conn, '68'),
    totals: lines.map((line) => ({
      ...line,
      totals: predecessorRows.filter((r) => r.provinceCode === line.code),
    })),
    lines,
  };
  const indicator = async (code: string): Promise<IndicatorTrendRows> => ({
    years: await fetchIndicatorYears(conn, code),
    panel: await fetchIndicatorPanel(conn, code),
  });
  indicatorRows = { dimension2: await indicator('2'), total: await indicator('total') };
  // The strips' rows as the strips' own test builds them: the 8 small maps' units with each dimension's cuts.
  const dimensions = await fetchMultiplesRows(conn, 2024);
  const cuts = await conn.query<{ indicator: string; p25: number; median: number; p75: number }>(sql`
    SELECT indicator, any_value(p25) AS p25, any_value(median) AS median, any_value(p75) AS p75
    FROM indicator_standing WHERE year = 2024 AND level = 'dimension' GROUP BY indicator ORDER BY indicator`);
  tiles = {
    total: await fetchTileRows(conn, 2024, 'total'),
    dimensions,
    strips: {
      year: 2024,
      panels: dimensions.panels.map((panel) => {
        const cut = cuts.find((c) => c.indicator === panel.indicator);
        return { ...panel, p25: cut?.p25 ?? null, median: cut?.median ?? null, p75: cut?.p75 ?? null };
      }),
    },
  };
  const leagueTable = buildLeagueTable(await fetchNationLeagueTable(conn, 2024, 'total'), 'total');
  league = toLeagueFigureRows(
    sortLeagueRows(leagueTable.rows, DEFAULT_NATION_SORT, 'vi'),
    leagueTable.columns.map((code) => ({ code, label: code === 'total' ? 'Tổng hợp' : code })),
    2024,
    'Chỉ số PAPI tổng hợp',
  );
  // The Plan view's two charts on Đắk Nông's plan and the sample progress, as of its latest period.
  const tasks = await fetchPlanViewTasks(conn, 'P43');
  const reports = await fetchPlanViewReports(conn, 'P43');
  const latest = listReportedPeriods(reports).at(-1) ?? { period: '', periodEnd: '' };
  plan = {
    completion: await fetchPlanCompletionByPeriod(conn, 'P43'),
    agencies: countStatesByAgency(tasks, buildPairStates(tasks, reports, latest)),
  };
});
afterAll(async () => {
  useNodeTextMetrics();
  await conn.close();
});

type Size = 'slide' | 'phone';

/** `spec`'s export at `size` as SVG, with its layout. */
function renderExport<R, S>(spec: ChartSpec<R, S>, size: Size): { svg: string; layout: ExportLayout } {
  const layout = size === 'slide' ? slideLayoutOf(spec, ui) : screenLayoutOf(spec, PHONE_WIDTH_PX, ui);
  const svg = renderToSvg(buildExportOption(spec, layout, STAMP, ui), layout.widthPx, layout.heightPx);
  keepForLooking(spec, size, svg);
  return { svg, layout };
}

/** EXPORT_SVG_DIR=<folder> keeps every rendered figure there, to look at them as their readers will. */
function keepForLooking<R, S>(spec: ChartSpec<R, S>, size: Size, svg: string): void {
  const dir = process.env.EXPORT_SVG_DIR;
  if (dir === undefined || dir === '') return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, specFileName(spec, ui, new Date(2026, 11, 3), `${size}.svg`)), svg);
}

/** The layout problems of `spec`'s export at `size`, each naming the texts involved. */
function exportLayoutProblems<R, S>(spec: ChartSpec<R, S>, size: Size): string[] {
  const { svg, layout } = renderExport(spec, size);
  return findTextLayoutProblems(svgTextBoxes(svg), layout.widthPx, layout.heightPx);
}

/** One chart spec of the test: its export's layout problems at a size, and its file name in a language. */
interface SpecEntry {
  problemsAt: (size: Size) => string[];
  fileName: (i18n: I18n) => string;
  exportName: () => ChartExportName;
}
const EXPORT_DAY = new Date(2026, 11, 3, 9, 30);
const entry = <R, S>(make: () => ChartSpec<R, S>): SpecEntry => ({
  problemsAt: (size) => exportLayoutProblems(make(), size),
  fileName: (i18n) => specFileName(make(), i18n, EXPORT_DAY, 'png'),
  exportName: () => make().exportName,
});

const lamDongTotalTrend = () =>
  createTotalTrendSpec(lamDong.trend, {
    provinceName: 'Lâm Đồng',
    predecessors: lamDong.totals,
    predecessorNote: ui.t('merger.trend.predecessorNote', { province: 'Lâm Đồng' }),
  });
const lamDongIndicatorTrend = () =>
  createIndicatorTrendSpec(indicatorRows.total, {
    provinceCode: '68',
    provinceName: 'Lâm Đồng',
    indicatorLabel: 'Tổng hợp',
    peers: [],
    predecessors: lamDong.lines,
    predecessorNote: ui.t('merger.trend.predecessorNote', { province: 'Lâm Đồng' }),
    band: 'both',
  });
const scatter = () =>
  withSampleNote(
    createCompletionScatterSpec(makeScatterRows(), {
      provinceName: 'Đắk Nông',
      planTargetYear: 2024,
      period: '2024-Q4',
    }),
    SAMPLE,
    ui.t,
  );

const SPECS: Record<string, SpecEntry> = {
  'total trend (Đắk Nông)': entry(() =>
    createTotalTrendSpec(makeTrendPoints(), { provinceName: 'Đắk Nông' }),
  ),
  'total trend (the new Lâm Đồng, its three predecessors)': entry(() => lamDongTotalTrend()),
  'dimension gap': entry(() =>
    createDimensionGapSpec(makeDimensionStandings(), {
      provinceName: 'Đắk Nông',
      year: 2024,
      dimensionNames: DIMENSION_NAMES_VI,
      orderLabel: 'hạng',
    }),
  ),
  'dimension heatmap': entry(() =>
    createDimensionHeatmapSpec(makeHeatmapRows(), { provinceName: 'Đắk Nông', colour: 'rank' }),
  ),
  'indicator trend (Đắk Nông, dimension 2, four peers)': entry(() =>
    createIndicatorTrendSpec(indicatorRows.dimension2, {
      provinceCode: 'P43',
      provinceName: 'Đắk Nông',
      indicatorLabel: DIMENSION_NAMES_VI['2'] ?? '2',
      peers: PEERS,
      band: 'both',
    }),
  ),
  'indicator trend (the new Lâm Đồng, its three predecessors)': entry(() => lamDongIndicatorTrend()),
  'small multiples (the total’s 8 dimensions)': entry(() =>
    createMultiplesSpec(makeMultiplesRows(), { provinceName: 'Đắk Nông', parentLabel: 'Tổng hợp' }),
  ),
  'scores vs tasks scatter': entry(() => scatter()),
  'score-and-completion panel': entry(() =>
    withSampleNote(
      createScoreCompletionSpec(makeScoreCompletionRows(), {
        provinceName: 'Đắk Nông',
        planTargetYear: 2024,
        axisFromYear: 2015,
        axisToYear: 2025,
        scoreMin: 1,
        scoreMax: 10,
      }),
      SAMPLE,
      ui.t,
    ),
  ),
  'compared profiles': entry(() =>
    createCompareProfileSpec(makeCompareProfile(), {
      year: 2024,
      entries: COMPARE_ENTRIES,
      dimensions: COMPARE_DIMENSIONS,
    }),
  ),
  'compared totals': entry(() => createCompareTotalsSpec(makeCompareTotals(), { entries: COMPARE_ENTRIES })),
  'tile map': entry(() => createTileMapSpec(tiles.total, { colour: 'group', selectedCode: 'P43' })),
  'tile small multiples': entry(() =>
    createTileMultiplesSpec(tiles.dimensions, { colour: 'group', selectedCode: 'P43' }),
  ),
  'SQL console quick chart (bar, 63 provinces)': entry(() =>
    createResultChartSpec(
      Array.from({ length: 63 }, (_, i) => ({ x: `P${String(i + 1).padStart(2, '0')}`, y: 30 + (i % 17) })),
      { kind: 'bar', xName: 'province_code', yName: 'avg_total' },
    ),
  ),
  'distribution strips': entry(() => createDistributionStripsSpec(tiles.strips, { selectedCode: 'P43' })),
  'league table figure (2024, 61 scored units)': entry(() =>
    createLeagueFigureSpec(league, {
      selectedCode: 'P43',
      subtitle: ui.t('nation.table.subtitle', { count: 61 }),
    }),
  ),
  'plan completion by dimension and period': entry(() =>
    withSampleNote(
      createPlanCompletionSpec(plan.completion, {
        provinceName: 'Đắk Nông',
        plans: '474/KH-UBND',
        dimensionNames: DIMENSION_NAMES_VI,
      }),
      SAMPLE,
      ui.t,
    ),
  ),
  'plan deadline states by agency': entry(() =>
    withSampleNote(
      createAgencyStatesSpec(plan.agencies, { provinceName: 'Đắk Nông', period: '2025-Q4' }),
      SAMPLE,
      ui.t,
    ),
  ),
};

/** Collisions found and not yet fixed, by "lang spec size", with why: each an it.fails until its fix lands. */
const KNOWN_COLLISIONS: Partial<Record<string, string>> = {};

for (const [lang, i18n] of Object.entries(LOCALES)) {
  describe(`the export layout of every chart spec (${lang})`, () => {
    beforeAll(() => {
      ui = i18n;
    });
    for (const [name, { problemsAt }] of Object.entries(SPECS)) {
      for (const size of ['slide', 'phone'] as const) {
        const known = KNOWN_COLLISIONS[`${lang} ${name} ${size}`];
        (known === undefined ? it : it.fails)(
          `${name}: the ${size === 'slide' ? '1920×1080 slide' : '390 px phone figure'} has no overlapping, cut or clipped text${known === undefined ? '' : ` (KNOWN: ${known})`}`,
          () => {
            expect(problemsAt(size)).toEqual([]);
          },
        );
      }
    }
  });
}

describe('what the exported figures name', () => {
  beforeAll(() => {
    ui = vi;
  });
  it('the new Lâm Đồng’s trends name in their legends the predecessors drawn, not a "Lâm Đồng" line that is not drawn', () => {
    for (const svg of [
      renderExport(lamDongTotalTrend(), 'slide').svg,
      renderExport(lamDongIndicatorTrend(), 'slide').svg,
    ]) {
      const texts = svgTexts(svg);
      expect(texts).toContain('Đắk Nông (cũ)');
      expect(texts).not.toContain('Lâm Đồng');
    }
  });

  it('the scatter’s exported figure says which dimension each numbered point is', () => {
    const squeezed = svgTexts(renderExport(scatter(), 'slide').svg).join('').replace(/\s/g, '');
    for (const row of makeScatterRows()) {
      expect(squeezed).toContain(`${row.dimension}.${row.dimensionName}`.replace(/\s/g, ''));
    }
  });
});

/** Every `export function create…Spec(` under src/, by name. */
function chartSpecCreatorsInSrc(): string[] {
  const src = fileURLToPath(new URL('../../src/', import.meta.url));
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.ts'),
  );
  return files.flatMap((file) =>
    [...readFileSync(src + file, 'utf8').matchAll(/export function (create\w+Spec)\(/g)].map(
      (m) => m[1] ?? '',
    ),
  );
}

describe('what every chart’s exported files are called', () => {
  it('this test covers every chart spec in src/ (a new spec must join it)', () => {
    const creators = chartSpecCreatorsInSrc();
    expect(creators.length).toBeGreaterThanOrEqual(16);
    const thisTest = readFileSync(fileURLToPath(import.meta.url), 'utf8');
    for (const creator of creators) expect(thisTest, creator).toContain(`${creator}(`);
  });

  for (const [lang, i18n] of Object.entries(LOCALES)) {
    it(`${lang}: no two charts export under one name, and each name holds its parts whole`, () => {
      const named = Object.entries(SPECS).map(([chart, spec]) => ({
        chart,
        file: spec.fileName(i18n),
        parts: spec.exportName(),
      }));
      const files = named.map((entry) => entry.file);
      expect(new Set(files).size, files.join('\n')).toBe(files.length);
      for (const { chart, file, parts } of named) {
        expect(file, chart).toMatch(/^papi(_[a-z0-9-]+)+_2026-12-03\.png$/);
        if (parts.province !== '') expect(file, chart).toContain(`_${slugify(parts.province)}_`);
        if (parts.years !== '') expect(file, chart).toContain(`_${slugify(parts.years)}_`);
        // An indicator is named whole, or by its code when it has one ("2. Công khai…" → chi-so-2).
        const code = /^(\d+(?:\.\d+)?)\.\s/.exec(parts.indicator)?.[1];
        const indicator =
          code === undefined ? parts.indicator : `${lang === 'vi' ? 'chi-so' : 'indicator'}-${code}`;
        if (indicator !== '') expect(file, chart).toContain(`_${slugify(indicator)}_`);
      }
    });
  }
});
