// Three units' forms dropped together, one with a status off the list: the two good forms load (exact
// task_progress rows) and are kept across a reload, the bad one is set aside with its located message.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Connector } from '../../../src/db/connector.ts';
import { makeReportFormsZip } from '../../../src/export/report-forms/make-report-forms-zip.ts';
import type { ReportForm } from '../../../src/export/report-forms/report-form-model.ts';
import { reportFormFileName } from '../../../src/export/report-forms/report-form-file-names.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { importAndKeep } from '../../../src/session/import-and-keep.ts';
import { reapplyStoredImports } from '../../../src/session/reapply-stored-imports.ts';
import { addImportedFiles, listImportedFiles } from '../../../src/storage/imported-files-store.ts';
import { summariseImport } from '../../../src/views/data/import-summary.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';
import { bundledForms, PLAN_474 } from '../../export/report-forms/bundled-forms.ts';
import { fillForm } from './fill-form.ts';

let original: Connector;
let reopened: Connector;
let forms: ReportForm[];
let files: Map<string, Uint8Array>;

beforeAll(async () => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  [original, reopened] = [await createLoadedConnector(), await createLoadedConnector()];
  // 2025-Q2: the districts' last quarter (they ended on 30 June 2025, data/unit-lifetimes.csv).
  forms = await bundledForms(original, '2025-Q2');
  const zip = await JSZip.loadAsync((await makeReportFormsZip(forms)).bytes);
  files = new Map();
  for (const [name, entry] of Object.entries(zip.files)) files.set(name, await entry.async('uint8array'));
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await Promise.all([original.close(), reopened.close()]);
});

const formFile = (unit: string): Uint8Array => {
  const bytes = files.get(reportFormFileName(PLAN_474, '2025-Q2', unit));
  if (bytes === undefined) throw new Error(`no form for ${unit}`);
  return bytes;
};
const taskOf = (unit: string, index: number): string =>
  forms.find((form) => form.unit === unit)?.rows[index]?.taskId ?? '';
const q2Rows = (conn: Connector) =>
  conn.query<Record<string, unknown>>({
    text: `SELECT task_id, unit, status, percent, reported_on FROM task_progress
           WHERE period = '2025-Q2' ORDER BY unit, task_id`,
    params: [],
  });

describe('report forms dropped together', () => {
  it('apply each on its own: the good ones load and are kept, the bad one is named with its cell', async () => {
    const cuJut = await fillForm(
      formFile('Huyện Cư Jút'),
      new Map([[0, { status: 'Hoàn thành', percent: 100, reportedOn: '15/07/2025' }]]),
      { clearOthers: true },
    );
    const dakMil = await fillForm(
      formFile('Huyện Đắk Mil'),
      new Map([[1, { status: 'Đang thực hiện', percent: 30, reportedOn: '25/07/2025' }]]),
      { clearOthers: true },
    );
    const krongNo = await fillForm(
      formFile('Huyện Krông Nô'),
      new Map([
        [0, { status: 'Hoàn thành', percent: 100 }],
        [1, { status: 'Xong rồi' }],
      ]),
      { clearOthers: true },
    );
    const result = await importAndKeep(
      original,
      [
        { name: 'cu-jut.xlsx', bytes: cuJut },
        { name: 'krong-no.xlsx', bytes: krongNo },
        { name: 'dak-mil.xlsx', bytes: dakMil },
      ],
      addImportedFiles,
    );

    expect(result.outcome).toMatchObject({ ok: true, files: [{ added: 1 }, { added: 1 }] });
    expect(result.forms).toEqual({
      applied: [
        { file: 'cu-jut.xlsx', plan: PLAN_474, period: '2025-Q2', unit: 'Huyện Cư Jút' },
        { file: 'dak-mil.xlsx', plan: PLAN_474, period: '2025-Q2', unit: 'Huyện Đắk Mil' },
      ],
      refused: [
        {
          file: 'krong-no.xlsx',
          plan: PLAN_474,
          period: '2025-Q2',
          unit: 'Huyện Krông Nô',
          problems: [expect.objectContaining({ key: 'unknownStatus', sheet: 'Báo cáo', cell: 'F9' })],
        },
      ],
    });
    const expected = [
      {
        task_id: taskOf('Huyện Cư Jút', 0),
        unit: 'Huyện Cư Jút',
        status: 'done',
        percent: 100,
        reported_on: '2025-07-15',
      },
      {
        task_id: taskOf('Huyện Đắk Mil', 1),
        unit: 'Huyện Đắk Mil',
        status: 'in_progress',
        percent: 30,
        reported_on: '2025-07-25',
      },
    ];
    expect(await q2Rows(original)).toEqual(expected);

    // Only the two forms that applied are kept; a reload re-applies them to the same rows.
    const stored = await listImportedFiles();
    expect(stored.ok && stored.value.map((file) => file.name)).toEqual(['cu-jut.xlsx', 'dak-mil.xlsx']);
    expect(await reapplyStoredImports(reopened)).toMatchObject({ ok: true, failed: [] });
    expect(await q2Rows(reopened)).toEqual(expected);
  });

  it('apply none when the user chose all or nothing and one form has problems: data and kept files unchanged', async () => {
    const before = await q2Rows(reopened);
    const keptBefore = await listImportedFiles();
    const tuyDuc = await fillForm(
      formFile('Huyện Tuy Đức'),
      new Map([[0, { status: 'Hoàn thành', percent: 100, reportedOn: '12/07/2025' }]]),
      { clearOthers: true },
    );
    const krongNo = await fillForm(formFile('Huyện Krông Nô'), new Map([[0, { percent: 150 }]]), {
      clearOthers: true,
    });
    const batch = [
      { name: 'tuy-duc.xlsx', bytes: tuyDuc },
      { name: 'krong-no.xlsx', bytes: krongNo },
    ];
    const result = await importAndKeep(reopened, batch, addImportedFiles, undefined, {
      formsAllOrNothing: true,
    });
    expect(result.outcome.ok).toBe(false);
    expect(result.kept).toBeNull();
    expect(result.forms?.applied).toEqual([]);
    expect(result.forms?.refused.map((form) => form.unit)).toEqual(['Huyện Krông Nô']);
    expect(await q2Rows(reopened)).toEqual(before);
    expect(await listImportedFiles()).toEqual(keptBefore);

    // Without the choice the same batch loads Tuy Đức's form.
    const setAside = await importAndKeep(reopened, batch, () =>
      Promise.resolve({ ok: true as const, value: 1 }),
    );
    expect(setAside.forms?.applied.map((form) => form.unit)).toEqual(['Huyện Tuy Đức']);
  });

  it('say which forms loaded and which did not, with the located message, in Vietnamese and English', async () => {
    const krongNo = await fillForm(formFile('Huyện Krông Nô'), new Map([[0, { percent: 150 }]]), {
      clearOthers: true,
    });
    const cuJut = await fillForm(formFile('Huyện Cư Jút'), new Map([[0, { status: 'Hoàn thành' }]]), {
      clearOthers: true,
    });
    const result = await importAndKeep(
      original,
      [
        { name: 'krong-no.xlsx', bytes: krongNo },
        { name: 'cu-jut.xlsx', bytes: cuJut },
      ],
      () => Promise.resolve({ ok: true as const, value: 1 }),
    );
    const vi = summariseImport(result, createI18n('vi').t, 'vi');
    expect(vi.role).toBe('alert');
    expect(vi.lines).toContain('Đã nạp biểu mẫu: Huyện Cư Jút, Quý II/2025 (cu-jut.xlsx).');
    expect(vi.lines).toContain(
      'Không nạp biểu mẫu: Huyện Krông Nô, Quý II/2025 (krong-no.xlsx); các biểu mẫu khác vẫn được nạp.',
    );
    expect(vi.problemLines).toEqual([
      expect.stringMatching(/^Tệp krong-no\.xlsx, trang tính “Báo cáo”, ô G8: .*150/),
    ]);
    const en = summariseImport(result, createI18n('en').t, 'en');
    expect(en.lines).toContain('Form loaded: Huyện Cư Jút, Q2 2025 (cu-jut.xlsx).');
    expect(en.problemLines).toEqual([expect.stringMatching(/krong-no\.xlsx.*G8.*150/)]);
  });
});
