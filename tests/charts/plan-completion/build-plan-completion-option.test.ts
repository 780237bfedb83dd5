// The Plan view's completion chart on the bundled data in a real DuckDB: its bars are the shares of (task,
// unit) pairs done that task_pair_states counts (to the tenth of a percent drawn), the grid beside it says the same, and its labels are escaped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlanCompletionOption } from '../../../src/charts/plan-completion/build-plan-completion-option.ts';
import type { PlanCompletionPoint } from '../../../src/charts/plan-completion/plan-completion-rows.ts';
import { MAX_DRAWN_PERIODS } from '../../../src/charts/plan-completion/plan-completion-rows.ts';
import { createPlanCompletionSpec } from '../../../src/charts/plan-completion/plan-completion-spec.ts';
import { withSampleNote } from '../../../src/charts/sample-note.ts';
import type { Connector } from '../../../src/db/connector.ts';
import { sql } from '../../../src/db/sql.ts';
import { listReportedPeriods } from '../../../src/domain/task-state-pairs.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { fetchPlanCompletionByPeriod } from '../../../src/queries/plan-completion-by-period.ts';
import { fetchPlanViewReports } from '../../../src/queries/plan-view-reports.ts';
import { fetchPlanViewTasks } from '../../../src/queries/plan-view-tasks.ts';
import { buildCompletionGrid } from '../../../src/views/plan/completion-grid.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';
import { ATTACK_STRING, callTooltip, renderToSvg, svgTexts } from '../render-svg.ts';

const vi = createI18n('vi');
const en = createI18n('en');
const NAMES = {
  '1': 'Tham gia',
  '2': 'Công khai',
  '3': 'Trách nhiệm giải trình',
  '4': 'Kiểm soát tham nhũng',
};
const SETTINGS = { provinceName: 'Đắk Nông', plans: '474/KH-UBND', dimensionNames: NAMES };

type Bar = { id: string; name: string; data: (number | null)[]; label: { show: boolean } };
const barsOf = (option: ReturnType<typeof buildPlanCompletionOption>) => option.series as Bar[];
const categoriesOf = (option: ReturnType<typeof buildPlanCompletionOption>) =>
  (option.yAxis as { data: string[] }).data;

let conn: Connector;
let points: PlanCompletionPoint[];

beforeAll(async () => {
  conn = await createLoadedConnector();
  points = await fetchPlanCompletionByPeriod(conn, 'P43');
});
afterAll(async () => {
  await conn.close();
});

describe('the completion chart (Đắk Nông, 474/KH-UBND, sample progress)', () => {
  it('draws, per period and dimension, the share of pairs done that task_pair_states counts', async () => {
    // Counted straight from the pairs' table, not from task_completion the chart reads.
    const counted = await conn.query<{
      dimension: string | null;
      period: string;
      done: number;
      total: number;
    }>(sql`
      SELECT CASE WHEN GROUPING(s.dimension) = 1 THEN NULL ELSE s.dimension END AS dimension, s.period,
             count(*) FILTER (WHERE s.is_done)::INTEGER AS done, count(*)::INTEGER AS total
      FROM task_pair_states s JOIN plans p ON p.plan = s.plan
      WHERE p.province_code = 'P43'
      GROUP BY GROUPING SETS ((s.period), (s.dimension, s.period))`);
    const option = buildPlanCompletionOption(points, { ...SETTINGS, caption: 'none', widthPx: 960 }, vi);
    const bars = barsOf(option);
    const categories = categoriesOf(option);
    expect(bars.map((bar) => bar.name)).toEqual([
      'Quý III/2024',
      'Quý IV/2024',
      'Quý I/2025',
      'Quý II/2025',
      'Quý III/2025',
      'Quý IV/2025',
    ]);
    expect(categories[0]).toBe('Toàn kế hoạch');
    expect(categories.slice(1)).toEqual(
      [...new Set(counted.map((row) => row.dimension))]
        .filter((code) => code !== null)
        .sort()
        .map((code) => `${code}. ${NAMES[code as keyof typeof NAMES] ?? ''}`),
    );
    const dimensions = [null, ...categories.slice(1).map((label) => label.split('.')[0] ?? '')];
    let compared = 0;
    for (const bar of bars) {
      const period = bar.id.replace(/^period-/, '');
      dimensions.forEach((dimension, index) => {
        const row = counted.find((r) => r.dimension === dimension && r.period === period);
        expect(row, `${String(dimension)} ${period}`).toBeDefined();
        expect(bar.data[index], `${String(dimension)} ${period}`).toBeCloseTo(
          ((row?.done ?? 0) / (row?.total ?? 1)) * 100,
          0,
        );
        compared += 1;
      });
    }
    expect(compared).toBe(6 * 9);
    // Not every bar the same: the sample's progress grows.
    expect(new Set(bars.flatMap((bar) => bar.data)).size).toBeGreaterThan(5);
  });

  it('agrees with the completion grid beside it (the Plan view’s own rule), cell by cell', async () => {
    const tasks = await fetchPlanViewTasks(conn, 'P43');
    const reports = await fetchPlanViewReports(conn, 'P43');
    const grid = buildCompletionGrid(tasks, reports, listReportedPeriods(reports));
    const bars = barsOf(
      buildPlanCompletionOption(points, { ...SETTINGS, caption: 'none', widthPx: 960 }, vi),
    );
    grid.forEach((row, index) => {
      row.cells.forEach((cell, p) => {
        expect(bars[p]?.data[index]).toBeCloseTo((cell.completionRate ?? 0) * 100, 0);
      });
    });
  });

  it('labels each latest bar with the share its table cell gives (rounded once: 10/23 is 43 %, not 44 %)', () => {
    const option = buildPlanCompletionOption(points, { ...SETTINGS, caption: 'none', widthPx: 960 }, vi);
    const latest = barsOf(option).at(-1) as Bar & {
      label: { formatter: (p: { value?: unknown }) => string };
    };
    const table = createPlanCompletionSpec(points, SETTINGS).toTable(points, SETTINGS, vi);
    const labels = latest.data.map((value) => latest.label.formatter({ value }));
    const cells = table.rows.map((row) => (row.cells.at(-1) ?? '').split(' (')[0]);
    expect(labels).toEqual(cells);
    // The bundled sample has such a share (e.g. 10 of 23 pairs), where rounding to a tenth first gave 44 %.
    expect(
      points.some(({ pairsDone, pairCount }) => {
        const tenth = Math.round((pairsDone / pairCount) * 1000) / 10;
        return Math.round(tenth) !== Math.round((pairsDone / pairCount) * 100);
      }),
    ).toBe(true);
  });

  it('labels only the latest period’s bars, darkest last, and names the whole plan’s latest share in words', () => {
    const option = buildPlanCompletionOption(points, { ...SETTINGS, caption: 'none', widthPx: 390 }, en);
    const bars = barsOf(option);
    expect(bars.map((bar) => bar.label.show)).toEqual([false, false, false, false, false, true]);
    expect(categoriesOf(option)[0]).toBe('Whole plan');
    const whole = points.filter((point) => point.dimension === null).at(-1);
    const spec = createPlanCompletionSpec(points, SETTINGS);
    const summary = spec.describe(points, SETTINGS, vi).summary;
    expect(summary).toContain('Quý IV/2025');
    expect(summary).toContain(`${String(whole?.pairsDone)}/${String(whole?.pairCount)} lượt`);
  });

  it('says "Dữ liệu minh họa" in bold on its export while the progress is the sample, and not on real reports', () => {
    const spec = createPlanCompletionSpec(points, SETTINGS);
    const render = (progress: { isSample: boolean; source: string | null }) => {
      const noted = withSampleNote(spec, progress, vi.t);
      return svgTexts(
        renderToSvg(
          noted.build(noted.rows, { ...noted.settings, caption: 'embedded', widthPx: 960 }, vi),
          960,
          900,
        ),
      ).join(' ');
    };
    expect(render({ isSample: true, source: 'task-progress.sample.csv' })).toContain(vi.t('sample.badge'));
    expect(render({ isSample: false, source: 'bao-cao.xlsx' })).not.toContain(vi.t('sample.badge'));
  });

  it('draws the latest six periods of a longer history and says the table has them all', () => {
    const monthly: PlanCompletionPoint[] = Array.from({ length: 9 }, (_, m) => ({
      dimension: null,
      period: `2025-${String(m + 1).padStart(2, '0')}`,
      periodEnd: `2025-${String(m + 1).padStart(2, '0')}-28`,
      pairsDone: m,
      pairCount: 10,
    }));
    const option = buildPlanCompletionOption(monthly, { ...SETTINGS, caption: 'none', widthPx: 960 }, vi);
    expect(barsOf(option)).toHaveLength(MAX_DRAWN_PERIODS);
    expect(barsOf(option).at(-1)?.data).toEqual([80]);
    expect(createPlanCompletionSpec(monthly, SETTINGS).describe(monthly, SETTINGS, vi).subtitle).toContain(
      `${String(MAX_DRAWN_PERIODS)} kỳ gần nhất trong 9 kỳ`,
    );
  });

  it('escapes a dimension name in its tooltip', () => {
    const settings = { ...SETTINGS, dimensionNames: { ...NAMES, '1': ATTACK_STRING } };
    const option = buildPlanCompletionOption(points, { ...settings, caption: 'none', widthPx: 960 }, vi);
    const html = callTooltip(option, [{ dataIndex: 1, seriesIndex: 0 }]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('Quý IV/2025');
  });
});
