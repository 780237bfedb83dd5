// Every optional column of every import kind may be absent, empty or odd (spaces only, 5,000 characters,
// formula-like, quotes and delimiters, random text). Whatever the file, the import applies or refuses with
// problems located at a row, never throws or fails in DuckDB, and what the Overview and Plan views then ask
// the engine (src/queries) returns, and the headline and the Plan view's task table are built from it.
// Real DuckDB with the bundled data, one engine for the file, the bundled data put back before each run.

import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { buildPairStates, listReportedPeriods } from '../../src/domain/task-state-pairs.ts';
import { I18nProvider } from '../../src/i18n/i18n-context.tsx';
import { applyImport } from '../../src/ingest/apply/apply-import.ts';
import type { CanonicalColumn } from '../../src/ingest/read/header-aliases.ts';
import { KIND_COLUMNS, type ImportKind } from '../../src/ingest/read/recognise-kind.ts';
import { fetchBriefingParagraphs } from '../../src/queries/briefing-summary.ts';
import { fetchDimensionStandings } from '../../src/queries/dimension-standings.ts';
import { fetchPlanGoals } from '../../src/queries/plan-goals.ts';
import { fetchPlanTasks } from '../../src/queries/plan-tasks.ts';
import { fetchPlanViewLatestPeriod } from '../../src/queries/plan-view-latest-period.ts';
import { fetchPlanViewReports } from '../../src/queries/plan-view-reports.ts';
import { fetchPlanViewTasks } from '../../src/queries/plan-view-tasks.ts';
import { fetchProgressProvenance } from '../../src/queries/progress-provenance.ts';
import { fetchProvinceYearSummary } from '../../src/queries/province-year-summary.ts';
import { fetchTotalTrend } from '../../src/queries/total-trend.ts';
import { buildCompletionGrid } from '../../src/views/plan/completion-grid.ts';
import { buildTaskRows, filterTaskRows } from '../../src/views/plan/plan-model.ts';
import { EMPTY_PLAN_FILTERS } from '../../src/views/plan/plan-params.ts';
import { HeadlineCards } from '../../src/views/overview/headline-cards.tsx';
import { createLoadedConnector } from '../helpers/data-files.ts';
import { csvFile, readFiles, reloadBundledData } from './apply/apply-test-support.ts';

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});
beforeEach(async () => {
  await reloadBundledData(conn);
});

/** A kind's file: its header cells and rows for the required columns, and a good value per optional column. */
interface KindFile {
  readonly required: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly valid: Readonly<Partial<Record<CanonicalColumn, string>>>;
  /** The province and year whose Overview the file touches. */
  readonly province: string;
  readonly year: number;
}

// Đắk Nông (P43) is the province whose plan 474/KH-UBND is bundled: its Overview and Plan view read every kind.
const FILES: Readonly<Record<ImportKind, KindFile>> = {
  scores_long: {
    required: ['Tỉnh', 'Năm', 'Chỉ số', 'Điểm'],
    rows: [
      ['Đắk Nông', '2024', '1.1', '2.05'],
      ['Hà Nội', '2024', '2', '6.1'],
    ],
    valid: { source: 'Sở Nội vụ, bảng điểm 2024', note: 'đính chính' },
    province: 'P43',
    year: 2024,
  },
  scores_wide: {
    required: ['Tỉnh', 'Năm', '1.1', '1.2'],
    rows: [['P43', '2023', '1.5', '1.6']],
    valid: { source: 'PAPI 2023', note: 'bảng rộng' },
    province: 'P43',
    year: 2023,
  },
  task_progress: {
    required: ['Mã nhiệm vụ', 'Kỳ báo cáo', 'Đơn vị', 'Trạng thái'],
    rows: [
      ['474-1.1-a', 'Quý III/2024', 'Sở Nội vụ', 'Hoàn thành'],
      ['474-2.1-a', '2024-Q4', 'UBND huyện Cư Jút', 'Đang thực hiện'],
    ],
    valid: { percent: '60%', reported_on: '15/10/2024', note: 'đã báo cáo' },
    province: 'P43',
    year: 2024,
  },
  plan_tasks: {
    required: ['Mã nhiệm vụ', 'Kế hoạch', 'Nhiệm vụ'],
    rows: [
      ['PX-1', '99/KH-UBND', 'Công khai danh mục thủ tục hành chính'],
      ['PX-2', '99/KH-UBND', 'Tập huấn cán bộ một cửa'],
    ],
    valid: {
      dimension: '2',
      subdimension: '2.1',
      subdimension_label: 'Tiếp cận thông tin',
      executing_agencies: 'Sở Nội vụ; UBND cấp huyện',
      supervising_agencies: 'Văn phòng UBND tỉnh',
      timeframe: 'Quý IV/2024',
      timeframe_code: '2024-Q4',
      province: 'Đắk Nông',
      target_year: '2024',
      plan_goals: '[]',
    },
    province: 'P43',
    year: 2024,
  },
};

/** The header each optional column is written under (the first accepted Vietnamese header). */
const OPTIONAL_HEADERS: Readonly<Partial<Record<CanonicalColumn, string>>> = {
  source: 'Nguồn',
  note: 'Ghi chú',
  percent: 'Tỷ lệ %',
  reported_on: 'Ngày báo cáo',
  dimension: 'Chỉ số nội dung',
  subdimension: 'Chỉ số thành phần',
  subdimension_label: 'Tên chỉ số thành phần',
  executing_agencies: 'Cơ quan thực hiện',
  supervising_agencies: 'Cơ quan theo dõi',
  timeframe: 'Thời gian thực hiện',
  timeframe_code: 'Mã thời gian',
  province: 'Tỉnh',
  target_year: 'Năm mục tiêu',
  plan_goals: 'Mục tiêu của kế hoạch',
};

const ABSENT = Symbol('absent');
const VALID = Symbol('valid');
type CellChoice = typeof ABSENT | typeof VALID | string;

/** What the other optional columns hold: absent, a good value, or nothing worth reading. */
const plainChoice: fc.Arbitrary<CellChoice> = fc.constantFrom<CellChoice>(ABSENT, VALID, '', '   ');

/** What the column under test holds on every row: empty or odd. */
const oddChoice: fc.Arbitrary<CellChoice> = fc.oneof(
  {
    arbitrary: fc.constantFrom<CellChoice>(
      '',
      '   ',
      '\t',
      '=1+1',
      '+SUM(A1:A9)',
      '@cmd',
      '-1',
      '"trích dẫn", và; phẩy',
      'dòng một\ndòng hai',
      'Ư'.repeat(5000),
      `${'x'.repeat(4999)}=`,
      "'; DROP TABLE score_rows; --",
      '{"not": "goals"',
    ),
    weight: 3,
  },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
);

/** Every cell quoted, quotes doubled: any text survives as one field. */
const quoted = (cell: string): string => `"${cell.replaceAll('"', '""')}"`;

function buildCsv(kind: ImportKind, choices: readonly CellChoice[]): string[] {
  const file = FILES[kind];
  const optional = KIND_COLUMNS[kind].optional;
  const present = optional.flatMap((column, index) => {
    const choice = choices[index] ?? ABSENT;
    if (choice === ABSENT) return [];
    const header = OPTIONAL_HEADERS[column] ?? column;
    return [{ header, cell: choice === VALID ? (file.valid[column] ?? '') : choice }];
  });
  const header = [...file.required, ...present.map((column) => column.header)];
  return [header, ...file.rows.map((row) => [...row, ...present.map((column) => column.cell)])].map((row) =>
    row.map(quoted).join(','),
  );
}

/** What the Overview and Plan views ask for the province and year, and what they build from the answers. */
async function runViewQuestions(province: string, year: number): Promise<void> {
  const summary = await fetchProvinceYearSummary(conn, province, year);
  if (summary !== null) {
    const html = renderToStaticMarkup(
      createElement(I18nProvider, { lang: 'vi', children: createElement(HeadlineCards, { summary }) }),
    );
    expect(html).toContain('data-testid="overview-source"');
  }
  await fetchDimensionStandings(conn, province, year);
  await fetchTotalTrend(conn, province);
  await fetchPlanGoals(conn, province, year);
  await fetchProgressProvenance(conn);
  expect((await fetchBriefingParagraphs(conn, province, year, 'vi')).length).toBeGreaterThan(0);

  const tasks = await fetchPlanViewTasks(conn, province);
  const reports = await fetchPlanViewReports(conn, province);
  const latest = await fetchPlanViewLatestPeriod(conn, province);
  await fetchPlanTasks(conn, province, latest);
  const periods = listReportedPeriods(reports);
  const pairs = buildPairStates(tasks, reports, periods.at(-1) ?? { period: '', periodEnd: '' });
  buildCompletionGrid(tasks, reports, periods);
  const rows = buildTaskRows(tasks, pairs);
  expect(rows.length).toBeGreaterThan(0);
  filterTaskRows(rows, { ...EMPTY_PLAN_FILTERS, q: 'so noi vu' });
}

const CASES = (Object.keys(FILES) as ImportKind[]).flatMap((kind) =>
  KIND_COLUMNS[kind].optional.map((column, index) => ({ kind, column, index })),
);

describe.each(CASES)('a $kind file whose $column column is empty or odd', ({ kind, index }) => {
  it('applies or is refused with located problems, and the Overview and Plan views still get their data', async () => {
    const optionalCount = KIND_COLUMNS[kind].optional.length;
    const name = `optional-${kind}.csv`;
    const others = fc.array(plainChoice, { minLength: optionalCount, maxLength: optionalCount });
    await fc.assert(
      fc.asyncProperty(others, oddChoice, async (plain, odd) => {
        const choices = plain.map((choice, at) => (at === index ? odd : choice));
        const outcome = await applyImport(
          conn,
          await readFiles(conn, [csvFile(name, buildCsv(kind, choices))]),
        );
        if (!outcome.ok) {
          expect(outcome.reason).toBe('problems');
          expect(outcome.problems.length).toBeGreaterThan(0);
          for (const problem of outcome.problems) {
            expect(problem).toMatchObject({ file: name, row: expect.any(Number) as number });
          }
        }
        await runViewQuestions(FILES[kind].province, FILES[kind].year);
        // A refused import changed nothing (imports are atomic): only an applied one needs the data put back.
        if (outcome.ok) await reloadBundledData(conn);
      }),
      { numRuns: 3 },
    );
  });
});

describe('a plan file whose goals cell is not the list the plan review writes', () => {
  it('is refused with the problem at that cell, and the loaded plans are unchanged', async () => {
    const before = await fetchPlanViewTasks(conn, 'P43');
    const name = 'ke-hoach-99.csv';
    const lines = [
      'Mã nhiệm vụ,Kế hoạch,Nhiệm vụ,Tỉnh,Mục tiêu của kế hoạch',
      'PX-1,99/KH-UBND,Công khai thủ tục,Đắk Nông,=1+1',
    ];
    const outcome = await applyImport(conn, await readFiles(conn, [csvFile(name, lines)]));
    expect(outcome).toMatchObject({
      ok: false,
      reason: 'problems',
      problems: [
        { file: name, row: 2, column: 'Mục tiêu của kế hoạch', key: 'badPlanGoals', args: { found: '=1+1' } },
      ],
    });
    expect(await fetchPlanViewTasks(conn, 'P43')).toEqual(before);
  });
});
