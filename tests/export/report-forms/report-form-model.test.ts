// The forms of the bundled plan 474 on real DuckDB, checked against the CSV rows read here independently.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../../data/scripts/lib/csv.ts';
import type { Connector } from '../../../src/db/connector.ts';
import { buildReportForms, type ReportForm } from '../../../src/export/report-forms/report-form-model.ts';
import type { UnitLists } from '../../../src/domain/report-unit-lists.ts';
import { guessUnitLists } from '../../../src/export/report-forms/reporting-units.ts';
import { fetchPlanViewReports, type PlanViewReport } from '../../../src/queries/plan-view-reports.ts';
import { fetchPlanViewTasks, type PlanViewTask } from '../../../src/queries/plan-view-tasks.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';

const readData = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../../data/${name}`, import.meta.url)), 'utf8');
const PLAN_TASKS = parseCsvRecords(readData('plan-tasks.csv'), ['task_id', 'executing_agencies'] as const);
const PROGRESS = parseCsvRecords(readData('task-progress.sample.csv'), [
  'task_id',
  'period',
  'unit',
  'status',
  'percent',
] as const);

let conn: Connector;
let tasks: PlanViewTask[];
let reports: PlanViewReport[];
beforeAll(async () => {
  conn = await createLoadedConnector();
  tasks = await fetchPlanViewTasks(conn, 'P43');
  reports = await fetchPlanViewReports(conn, 'P43');
});
afterAll(async () => {
  await conn.close();
});

const formsFor = (period: string, lists: UnitLists): ReportForm[] =>
  buildReportForms(tasks, reports, {
    plan: '474/KH-UBND',
    planTitle: 'Kế hoạch 474',
    period,
    dueDate: '2026-04-20',
    lists,
  });

const formOf = (forms: readonly ReportForm[], unit: string): ReportForm => {
  const form = forms.find((candidate) => candidate.unit === unit);
  if (form === undefined) throw new Error(`no form for ${unit}`);
  return form;
};

describe('the report forms of plan 474', () => {
  // 2025-Q2: the districts' last quarter (they ended on 30 June 2025, data/unit-lifetimes.csv).
  it('gives each district the tasks the plan names for its level or that it reported on, in task order', () => {
    const lists = guessUnitLists(reports.map((report) => report.unit));
    const form = formOf(formsFor('2025-Q2', lists), 'Huyện Cư Jút');
    const expected = PLAN_TASKS.filter(
      (task) =>
        task.executing_agencies.includes('cấp huyện') ||
        PROGRESS.some((row) => row.task_id === task.task_id && row.unit === 'Huyện Cư Jút'),
    ).map((task) => task.task_id);
    expect(form.rows.map((row) => row.taskId)).toEqual(expected);
    expect(form.rows.map((row) => row.stt)).toEqual(expected.map((_, index) => index + 1));
  });

  it("pre-fills each row with the unit's answer of the quarter before", () => {
    const lists = guessUnitLists(reports.map((report) => report.unit));
    const form = formOf(formsFor('2025-Q2', lists), 'Huyện Đắk Mil');
    for (const row of form.rows) {
      const last = PROGRESS.filter(
        (line) => line.task_id === row.taskId && line.unit === 'Huyện Đắk Mil' && line.period <= '2025-Q1',
      ).sort((a, b) => b.period.localeCompare(a.period))[0];
      expect(row.previous, row.taskId).toEqual(
        last === undefined
          ? null
          : {
              period: last.period,
              status: last.status,
              percent: last.percent === '' ? null : Number(last.percent),
            },
      );
    }
    expect(form.rows.some((row) => row.previous?.period === '2025-Q1')).toBe(true);
  });

  it("makes no form for a unit in a quarter it did not exist in: the districts after 30 June 2025, the communes' unit before 1 July", () => {
    const lifetimes = parseCsvRecords(readData('unit-lifetimes.csv'), [
      'unit',
      'started_on',
      'ended_on',
    ] as const);
    const districts = lifetimes.filter((row) => row.ended_on === '2025-06-30').map((row) => row.unit);
    const [communes = ''] = lifetimes.filter((row) => row.started_on === '2025-07-01').map((row) => row.unit);
    // The lists as the panel first fills them: every district that ever reported, listed at its level.
    const lists = guessUnitLists(reports.map((report) => report.unit));
    expect(lists.district).toEqual(expect.arrayContaining(districts));
    for (const period of ['2025-Q3', '2026-Q1']) {
      const units = formsFor(period, lists).map((form) => form.unit);
      expect(
        units.filter((unit) => districts.includes(unit)),
        period,
      ).toEqual([]);
      const reportedByCommunes = PLAN_TASKS.filter((task) =>
        PROGRESS.some((row) => row.task_id === task.task_id && row.unit === communes),
      ).map((task) => task.task_id);
      expect(
        formOf(formsFor(period, lists), communes).rows.map((row) => row.taskId),
        period,
      ).toEqual(reportedByCommunes);
    }
    const beforeTheEnd = formsFor('2025-Q2', lists).map((form) => form.unit);
    expect(beforeTheEnd).toEqual(expect.arrayContaining(districts));
    expect(beforeTheEnd).not.toContain(communes);
  });

  it('never pre-fills an answer given after the quarter before', () => {
    const lists = guessUnitLists(reports.map((report) => report.unit));
    const form = formOf(formsFor('2025-Q1', lists), 'Huyện Đắk Mil');
    expect(form.rows.every((row) => row.previous === null || row.previous.period <= '2024-Q4')).toBe(true);
    expect(form.rows.some((row) => row.previous?.period === '2024-Q4')).toBe(true);
  });

  it('expands the commune level to the communes the user listed, with nothing pre-filled', () => {
    const lists = { district: [], commune: ['Xã Đắk Wil', 'Phường Nghĩa Đức'], department: [] };
    const forms = formsFor('2026-Q1', lists);
    const expected = PLAN_TASKS.filter((task) => task.executing_agencies.includes('cấp xã')).map(
      (task) => task.task_id,
    );
    expect(formOf(forms, 'Xã Đắk Wil').rows.map((row) => row.taskId)).toEqual(expected);
    expect(formOf(forms, 'Phường Nghĩa Đức').rows.every((row) => row.previous === null)).toBe(true);
  });

  it('names a department by the agency, not its head', () => {
    const forms = formsFor('2026-Q1', { district: [], commune: [], department: [] });
    const expected = PLAN_TASKS.filter((task) => task.executing_agencies.includes('Giám đốc Sở Y tế')).map(
      (task) => task.task_id,
    );
    expect(expected.length).toBeGreaterThan(0);
    const form = formOf(forms, 'Sở Y tế');
    expect(form.rows.map((row) => row.taskId)).toEqual(expect.arrayContaining(expected));
    expect(forms.some((candidate) => candidate.unit.startsWith('Giám đốc'))).toBe(false);
  });
});
