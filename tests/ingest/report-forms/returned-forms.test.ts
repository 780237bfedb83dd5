// Forms made for plan 474, filled by script and dropped back: the exact task_progress rows they give, the
// refusals located at their cells, and a corrected form replacing only its unit's rows of its period.
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/db/connector.ts';
import { makeReportFormsZip } from '../../../src/export/report-forms/make-report-forms-zip.ts';
import type { ReportForm } from '../../../src/export/report-forms/report-form-model.ts';
import { reportFormFileName } from '../../../src/export/report-forms/report-form-file-names.ts';
import { fetchImportContext } from '../../../src/ingest/apply/fetch-import-context.ts';
import { readImportFile } from '../../../src/ingest/read/read-import-file.ts';
import { importAndKeep } from '../../../src/session/import-and-keep.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';
import { bundledForms, PLAN_474 } from '../../export/report-forms/bundled-forms.ts';
import { fillForm, resaveWithSheetJs } from './fill-form.ts';

interface ProgressLine {
  task_id: string;
  period: string;
  unit: string;
  status: string;
  percent: number | null;
  reported_on: string | null;
  note: string | null;
}

let conn: Connector;
let q2: ReportForm[];
let q2Files: Map<string, Uint8Array>;
let q1Files: Map<string, Uint8Array>;

async function madeFiles(forms: readonly ReportForm[]): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync((await makeReportFormsZip(forms)).bytes);
  const files = new Map<string, Uint8Array>();
  for (const [name, entry] of Object.entries(zip.files)) files.set(name, await entry.async('uint8array'));
  return files;
}

// The districts' forms are for 2025-Q2, their last quarter (they ended on 30 June 2025, data/unit-lifetimes.csv).
beforeAll(async () => {
  conn = await createLoadedConnector();
  q2 = await bundledForms(conn, '2025-Q2');
  q2Files = await madeFiles(q2);
  q1Files = await madeFiles(await bundledForms(conn, '2025-Q1'));
});
afterAll(async () => {
  await conn.close();
});

const formOf = (unit: string): ReportForm => {
  const form = q2.find((candidate) => candidate.unit === unit);
  if (form === undefined) throw new Error(`no form for ${unit}`);
  return form;
};
const fileOf = (files: ReadonlyMap<string, Uint8Array>, period: string, unit: string): Uint8Array => {
  const bytes = files.get(reportFormFileName(PLAN_474, period, unit));
  if (bytes === undefined) throw new Error(`no file for ${unit}`);
  return bytes;
};
const taskOf = (form: ReportForm, index: number): string => form.rows[index]?.taskId ?? '';
const progressRows = (): Promise<ProgressLine[]> =>
  conn.query<ProgressLine>({
    text: 'SELECT task_id, period, unit, status, percent, reported_on, note FROM task_progress ORDER BY unit, period, task_id',
    params: [],
  });
const keepNothing = () => Promise.resolve({ ok: true as const, value: 0 });
const byKey = (a: ProgressLine, b: ProgressLine): number =>
  a.unit.localeCompare(b.unit) || a.period.localeCompare(b.period) || a.task_id.localeCompare(b.task_id);

describe('returned report forms', () => {
  it('load as the exact rows of their unit and period: renamed, re-saved by SheetJS, or of another period', async () => {
    const cuJut = formOf('Huyện Cư Jút');
    const dakMil = formOf('Huyện Đắk Mil');
    const renamed = await fillForm(
      fileOf(q2Files, '2025-Q2', 'Huyện Cư Jút'),
      new Map([
        [
          0,
          {
            status: 'Hoàn thành',
            percent: 100,
            result: 'Đã tổ chức 12 hội nghị',
            reportedOn: new Date(Date.UTC(2025, 6, 15)),
          },
        ],
        [
          1,
          { status: 'Đang thực hiện', percent: 40, difficulties: 'Thiếu kinh phí', reportedOn: '16/07/2025' },
        ],
        [2, { status: 'Chưa thực hiện', percent: 0 }],
      ]),
      { clearOthers: true },
    );
    // Đắk Mil answers two rows and leaves the others as pre-filled from its last answers.
    const resaved = resaveWithSheetJs(
      await fillForm(
        fileOf(q2Files, '2025-Q2', 'Huyện Đắk Mil'),
        new Map([
          [0, { status: 'Đang thực hiện', percent: '75%', reportedOn: '18/07/2025' }],
          [1, { status: 'Hoàn thành', percent: 100, result: 'Xong' }],
        ]),
      ),
    );
    // The re-saved file really lost what ExcelJS wrote: no validation, no protection.
    const resavedSheet = await (
      await JSZip.loadAsync(resaved)
    )
      .file('xl/worksheets/sheet1.xml')
      ?.async('string');
    expect(resavedSheet).toBeDefined();
    expect(resavedSheet).not.toMatch(/<dataValidation|<sheetProtection/);
    const otherPeriod = await fillForm(
      fileOf(q1Files, '2025-Q1', 'Sở Y tế'),
      new Map([[0, { status: 'Hoàn thành', percent: 100, reportedOn: '20/04/2025' }]]),
      { clearOthers: true },
    );
    const soYTeQ1 = (await bundledForms(conn, '2025-Q1')).find((form) => form.unit === 'Sở Y tế');
    const result = await importAndKeep(
      conn,
      [
        { name: 'bao cao Cu Jut (ban cuoi).xlsx', bytes: renamed },
        { name: 'dak-mil.xlsx', bytes: resaved },
        { name: 'so-y-te-quy-2.xlsx', bytes: otherPeriod },
      ],
      keepNothing,
    );
    expect(result.outcome).toMatchObject({ ok: true, replacedSample: true });
    const prefilled = dakMil.rows.slice(2).flatMap((row) =>
      row.previous === null
        ? []
        : [
            {
              task_id: row.taskId,
              period: '2025-Q2',
              unit: 'Huyện Đắk Mil',
              status: row.previous.status,
              percent: row.previous.percent,
              reported_on: null,
              note: null,
            },
          ],
    );
    expect(prefilled.length).toBeGreaterThan(0);
    const expected: ProgressLine[] = [
      {
        task_id: taskOf(cuJut, 0),
        period: '2025-Q2',
        unit: 'Huyện Cư Jút',
        status: 'done',
        percent: 100,
        reported_on: '2025-07-15',
        note: 'Đã tổ chức 12 hội nghị',
      },
      {
        task_id: taskOf(cuJut, 1),
        period: '2025-Q2',
        unit: 'Huyện Cư Jút',
        status: 'in_progress',
        percent: 40,
        reported_on: '2025-07-16',
        note: 'Khó khăn, vướng mắc: Thiếu kinh phí',
      },
      {
        task_id: taskOf(cuJut, 2),
        period: '2025-Q2',
        unit: 'Huyện Cư Jút',
        status: 'not_started',
        percent: 0,
        reported_on: null,
        note: null,
      },
      {
        task_id: taskOf(dakMil, 0),
        period: '2025-Q2',
        unit: 'Huyện Đắk Mil',
        status: 'in_progress',
        percent: 75,
        reported_on: '2025-07-18',
        note: null,
      },
      {
        task_id: taskOf(dakMil, 1),
        period: '2025-Q2',
        unit: 'Huyện Đắk Mil',
        status: 'done',
        percent: 100,
        reported_on: null,
        note: 'Xong',
      },
      ...prefilled,
      {
        task_id: soYTeQ1?.rows[0]?.taskId ?? '',
        period: '2025-Q1',
        unit: 'Sở Y tế',
        status: 'done',
        percent: 100,
        reported_on: '2025-04-20',
        note: null,
      },
    ];
    expect(await progressRows()).toEqual(expected.sort(byKey));
  });

  it('replaces only its unit’s rows of its period when a corrected form is sent again', async () => {
    const before = await progressRows();
    const cuJut = formOf('Huyện Cư Jút');
    const corrected = await fillForm(
      fileOf(q2Files, '2025-Q2', 'Huyện Cư Jút'),
      new Map([
        [
          0,
          { status: 'Hoàn thành', percent: 100, result: 'Đã tổ chức 14 hội nghị', reportedOn: '17/07/2025' },
        ],
        [1, { status: 'Hoàn thành', percent: 100 }],
        [2, { status: 'Chưa thực hiện', percent: 0 }],
      ]),
      { clearOthers: true },
    );
    const result = await importAndKeep(conn, [{ name: 'cu-jut-sua.xlsx', bytes: corrected }], keepNothing);
    expect(result.outcome).toMatchObject({ ok: true, files: [{ added: 0, replaced: 3 }] });
    const after = await progressRows();
    const others = (rows: ProgressLine[]) => rows.filter((row) => row.unit !== 'Huyện Cư Jút');
    expect(others(after)).toEqual(others(before));
    expect(after.filter((row) => row.unit === 'Huyện Cư Jút')).toEqual(
      [
        {
          task_id: taskOf(cuJut, 0),
          period: '2025-Q2',
          unit: 'Huyện Cư Jút',
          status: 'done',
          percent: 100,
          reported_on: '2025-07-17',
          note: 'Đã tổ chức 14 hội nghị',
        },
        {
          task_id: taskOf(cuJut, 1),
          period: '2025-Q2',
          unit: 'Huyện Cư Jút',
          status: 'done',
          percent: 100,
          reported_on: null,
          note: null,
        },
        {
          task_id: taskOf(cuJut, 2),
          period: '2025-Q2',
          unit: 'Huyện Cư Jút',
          status: 'not_started',
          percent: 0,
          reported_on: null,
          note: null,
        },
      ].sort(byKey),
    );
  });

  it('refuses a changed task id, an added row, a status off the list, a percent over 100 and a future date, at their cells', async () => {
    const krongNo = formOf('Huyện Krông Nô');
    const bad = await fillForm(
      fileOf(q2Files, '2025-Q2', 'Huyện Krông Nô'),
      new Map([
        [0, { status: 'Xong rồi' }],
        [1, { taskId: '474-9.9-z', status: 'Hoàn thành' }],
        [2, { status: 'Hoàn thành', percent: 150 }],
        [3, { status: 'Hoàn thành', percent: 100, reportedOn: '01/01/2099' }],
      ]),
      { extraRows: [['', '474-1.1-a', '', 'Nhiệm vụ thêm']] },
    );
    const read = await readImportFile({ name: 'krong-no.xlsx', bytes: bad }, await fetchImportContext(conn));
    const last = 8 + krongNo.rows.length;
    expect(read.rows).toEqual([]);
    expect(read.problems.map(({ key, cell, sheet, file }) => ({ key, cell, sheet, file }))).toEqual([
      { key: 'unknownStatus', cell: 'F8', sheet: 'Báo cáo', file: 'krong-no.xlsx' },
      { key: 'formTaskChanged', cell: 'B9', sheet: 'Báo cáo', file: 'krong-no.xlsx' },
      { key: 'percentOutOfRange', cell: 'G10', sheet: 'Báo cáo', file: 'krong-no.xlsx' },
      { key: 'dateInFuture', cell: 'J11', sheet: 'Báo cáo', file: 'krong-no.xlsx' },
      { key: 'formRowAdded', cell: `A${String(last)}`, sheet: 'Báo cáo', file: 'krong-no.xlsx' },
    ]);
    expect(read.problems[1]?.args).toEqual({ found: '474-9.9-z', expected: taskOf(krongNo, 1) });
  });

  it('refuses a form of a plan that is not loaded', async () => {
    const foreign: ReportForm = {
      plan: '99/KH-UBND',
      planTitle: 'Kế hoạch khác',
      period: '2025-Q2',
      dueDate: '2025-07-20',
      unit: 'Sở Y tế',
      rows: [{ stt: 1, taskId: '99-1.1-a', dimension: '1', task: 'Nhiệm vụ', deadline: '', previous: null }],
    };
    const [bytes] = (await madeFiles([foreign])).values();
    const filled = await fillForm(bytes ?? new Uint8Array(), new Map([[0, { status: 'Hoàn thành' }]]));
    const read = await readImportFile({ name: 'khac.xlsx', bytes: filled }, await fetchImportContext(conn));
    expect(read.problems).toEqual([
      {
        file: 'khac.xlsx',
        sheet: 'Báo cáo',
        row: null,
        column: null,
        key: 'formUnknownPlan',
        args: { found: '99/KH-UBND' },
      },
    ]);
  });
});
