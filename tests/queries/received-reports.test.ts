// The received panel's question on a real DuckDB: the bundled plan's Q2 2025 forms are made (their unit lists
// kept, as the panel does), two units send theirs back (one after the due date), and the receipts say who
// reported, who was late, who is missing and which tasks have no report at all.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { sortReceipts, type UnitReceipt } from '../../src/domain/report-received.ts';
import { makeReportFormsZip } from '../../src/export/report-forms/make-report-forms-zip.ts';
import { fetchReceivedSummary } from '../../src/export/report-forms/received-summary.ts';
import { reportFormFileName } from '../../src/export/report-forms/report-form-file-names.ts';
import {
  buildReportForms,
  reportingPairsOf,
  type ReportForm,
} from '../../src/export/report-forms/report-form-model.ts';
import { guessUnitLists } from '../../src/export/report-forms/reporting-units.ts';
import { fetchPlanViewReports } from '../../src/queries/plan-view-reports.ts';
import { fetchPlanViewTasks } from '../../src/queries/plan-view-tasks.ts';
import { fetchReceivedReports } from '../../src/queries/received-reports.ts';
import { importAndKeep } from '../../src/session/import-and-keep.ts';
import { writeReportUnits } from '../../src/storage/report-units-store.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';
import { bundledForms, PLAN_474 } from '../export/report-forms/bundled-forms.ts';
import { fillForm } from '../ingest/report-forms/fill-form.ts';

// The districts' last quarter (they ended on 30 June 2025): later quarters have no district form.
const PERIOD = '2025-Q2';
const DUE = '2025-07-20';
let conn: Connector;
let forms: ReportForm[];
let sampleUnits: string[];

const formOf = (unit: string): ReportForm => {
  const form = forms.find((candidate) => candidate.unit === unit);
  if (form === undefined) throw new Error(`no form for ${unit}`);
  return form;
};

beforeAll(async () => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  conn = await createLoadedConnector();
  forms = await bundledForms(conn, PERIOD);
  // The panel keeps the unit lists the forms were made with.
  sampleUnits = (await fetchPlanViewReports(conn, 'P43')).map((report) => report.unit);
  await writeReportUnits(PLAN_474, guessUnitLists(sampleUnits));
  const zip = await JSZip.loadAsync((await makeReportFormsZip(forms)).bytes);
  const file = async (unit: string): Promise<Uint8Array> => {
    const entry = zip.file(reportFormFileName(PLAN_474, PERIOD, unit));
    if (entry === null) throw new Error(`no file for ${unit}`);
    return entry.async('uint8array');
  };
  const cuJut = await fillForm(
    await file('Huyện Cư Jút'),
    new Map([[0, { status: 'Hoàn thành', percent: 100, reportedOn: '15/07/2025' }]]),
    { clearOthers: true },
  );
  const dakMil = await fillForm(
    await file('Huyện Đắk Mil'),
    new Map([
      [1, { status: 'Đang thực hiện', percent: 30, reportedOn: '25/07/2025' }],
      [2, { status: 'Đang thực hiện', percent: 10, reportedOn: '27/07/2025' }],
    ]),
    { clearOthers: true },
  );
  const result = await importAndKeep(
    conn,
    [
      { name: 'cu-jut.xlsx', bytes: cuJut },
      { name: 'dak-mil.xlsx', bytes: dakMil },
    ],
    () => Promise.resolve({ ok: true as const, value: 2 }),
  );
  expect(result.outcome.ok).toBe(true);
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await conn.close();
});

describe('received reports', () => {
  it('mark exactly the pairs the returned forms reported, with their earliest date', async () => {
    const pairs = await fetchReceivedReports(conn, { period: PERIOD, pairs: reportingPairsOf(forms) });
    expect(pairs).toHaveLength(forms.reduce((sum, form) => sum + form.rows.length, 0));
    expect(pairs.filter((pair) => pair.reported)).toEqual(
      [
        { taskId: formOf('Huyện Cư Jút').rows[0]?.taskId, unit: 'Huyện Cư Jút', reportedOn: '2025-07-15' },
        { taskId: formOf('Huyện Đắk Mil').rows[1]?.taskId, unit: 'Huyện Đắk Mil', reportedOn: '2025-07-25' },
        { taskId: formOf('Huyện Đắk Mil').rows[2]?.taskId, unit: 'Huyện Đắk Mil', reportedOn: '2025-07-27' },
      ].map((pair) => ({ ...pair, reported: true })),
    );
    expect(await fetchReceivedReports(conn, { period: '2025-Q1', pairs: reportingPairsOf(forms) })).toSatisfy(
      (rows: { reported: boolean }[]) => rows.every((row) => !row.reported),
    );
  });

  it('count the units that reported, the late ones, the missing ones and the tasks nobody reported on', async () => {
    const summary = await fetchReceivedSummary(conn, 'P43', PERIOD, DUE);
    // The forms as they would be made now (the sample reports are gone, so a few tasks a sample unit had
    // reported on are no longer asked of it), with the kept lists.
    const tasks = await fetchPlanViewTasks(conn, 'P43');
    const reports = await fetchPlanViewReports(conn, 'P43');
    const formsNow = buildReportForms(tasks, reports, {
      plan: PLAN_474,
      planTitle: '',
      period: PERIOD,
      dueDate: DUE,
      lists: guessUnitLists(sampleUnits),
    });
    const allUnits = formsNow.map((form) => form.unit);
    expect(summary.units).toHaveLength(allUnits.length);
    expect(summary.reportedUnits).toBe(2);
    expect(summary.lateUnits).toEqual(['Huyện Đắk Mil']);
    expect([...summary.missingUnits].sort()).toEqual(
      allUnits.filter((unit) => unit !== 'Huyện Cư Jút' && unit !== 'Huyện Đắk Mil').sort(),
    );
    const reported = new Set([
      formOf('Huyện Cư Jút').rows[0]?.taskId,
      formOf('Huyện Đắk Mil').rows[1]?.taskId,
      formOf('Huyện Đắk Mil').rows[2]?.taskId,
    ]);
    const allTasks = [...new Set(formsNow.flatMap((form) => form.rows.map((row) => row.taskId)))];
    expect([...summary.unreportedTasks].sort()).toEqual(allTasks.filter((id) => !reported.has(id)).sort());
    expect(summary.units.find((unit) => unit.unit === 'Huyện Đắk Mil')).toEqual({
      unit: 'Huyện Đắk Mil',
      tasks: formsNow.find((form) => form.unit === 'Huyện Đắk Mil')?.rows.length,
      reportedTasks: 2,
      firstReportedOn: '2025-07-25',
      state: 'late',
    });
    // With a later due date nobody is late.
    expect((await fetchReceivedSummary(conn, 'P43', PERIOD, '2025-07-31')).lateUnits).toEqual([]);
  });
});

describe('sortReceipts', () => {
  const receipt = (unit: string, reportedTasks: number, date: string | null): UnitReceipt => ({
    unit,
    tasks: 4,
    reportedTasks,
    firstReportedOn: date,
    state: reportedTasks === 0 ? 'missing' : date !== null && date > DUE ? 'late' : 'on_time',
  });
  const units = [
    receipt('Huyện Đắk Song', 0, null),
    receipt('Huyện Cư Jút', 4, '2025-07-15'),
    receipt('Huyện Đắk Mil', 2, '2025-07-25'),
  ];
  const names = (sorted: UnitReceipt[]) => sorted.map((unit) => unit.unit);
  it('sorts by name in Vietnamese order, by share reported, by date and by state, either way', () => {
    expect(names(sortReceipts(units, 'unit', 'asc'))).toEqual([
      'Huyện Cư Jút',
      'Huyện Đắk Mil',
      'Huyện Đắk Song',
    ]);
    expect(names(sortReceipts(units, 'reported', 'desc'))).toEqual([
      'Huyện Cư Jút',
      'Huyện Đắk Mil',
      'Huyện Đắk Song',
    ]);
    expect(names(sortReceipts(units, 'date', 'asc'))).toEqual([
      'Huyện Đắk Song',
      'Huyện Cư Jút',
      'Huyện Đắk Mil',
    ]);
    expect(names(sortReceipts(units, 'state', 'asc'))).toEqual([
      'Huyện Đắk Song',
      'Huyện Đắk Mil',
      'Huyện Cư Jút',
    ]);
  });
});
