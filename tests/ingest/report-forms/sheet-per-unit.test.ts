// One workbook with a sheet per unit: made with the hidden sheet's version-2 blocks, filled sheet by sheet,
// read back sheet by sheet (a bad sheet set aside, the others applied and kept, even re-saved by SheetJS),
// and the version-1 single-unit files sent out before still read.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Connector } from '../../../src/db/connector.ts';
import { META_MARK_V1, META_SHEET } from '../../../src/domain/report-form-layout.ts';
import { makeReportFormsZip } from '../../../src/export/report-forms/make-report-forms-zip.ts';
import type { ReportForm } from '../../../src/export/report-forms/report-form-model.ts';
import { fetchImportContext } from '../../../src/ingest/apply/fetch-import-context.ts';
import { readImportFile } from '../../../src/ingest/read/read-import-file.ts';
import { importAndKeep } from '../../../src/session/import-and-keep.ts';
import { reapplyStoredImports } from '../../../src/session/reapply-stored-imports.ts';
import { addImportedFiles, listImportedFiles } from '../../../src/storage/imported-files-store.ts';
import { workbookChoice } from '../../../src/ingest/read/workbook-choice.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';
import { bundledForms } from '../../export/report-forms/bundled-forms.ts';
import { fillForm, resaveWithSheetJs } from './fill-form.ts';

// Three districts' forms for 2025-Q2, their last quarter (they ended on 30 June 2025, data/unit-lifetimes.csv).
const UNITS = ['Huyện Cư Jút', 'Huyện Đắk Mil', 'Huyện Krông Nô'];
let original: Connector;
let reopened: Connector;
let forms: ReportForm[];
let workbook: Uint8Array;

const only = async (made: Promise<{ bytes: Uint8Array }>): Promise<[string, Uint8Array][]> => {
  const zip = await JSZip.loadAsync((await made).bytes);
  return Promise.all(
    Object.entries(zip.files).map(
      async ([name, entry]) => [name, await entry.async('uint8array')] as [string, Uint8Array],
    ),
  );
};
const taskOf = (unit: string, index: number): string =>
  forms.find((form) => form.unit === unit)?.rows[index]?.taskId ?? '';
const q2Rows = (conn: Connector) =>
  conn.query<Record<string, unknown>>({
    text: `SELECT task_id, unit, status, percent FROM task_progress WHERE period = '2025-Q2' ORDER BY unit, task_id`,
    params: [],
  });

beforeAll(async () => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  [original, reopened] = [await createLoadedConnector(), await createLoadedConnector()];
  forms = (await bundledForms(original, '2025-Q2')).filter((form) => UNITS.includes(form.unit));
  const files = await only(makeReportFormsZip(forms, 'sheet-per-unit'));
  expect(files.map(([name]) => name)).toEqual(['bieu-mau-bao-cao_474-kh-ubnd_2025-q2.xlsx']);
  workbook = files[0]?.[1] ?? new Uint8Array();
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await Promise.all([original.close(), reopened.close()]);
});

describe('one workbook with a sheet per unit', () => {
  it('has a protected, validated sheet per unit, named after it, and asks no sheet on the Data view', async () => {
    const zip = await JSZip.loadAsync(workbook);
    const book = await zip.file('xl/workbook.xml')?.async('string');
    for (const unit of UNITS) expect(book).toContain(`name="${unit}"`);
    for (const index of [1, 2, 3]) {
      const sheet = await zip.file(`xl/worksheets/sheet${String(index)}.xml`)?.async('string');
      expect(sheet).toMatch(/<sheetProtection/);
      expect(sheet).toMatch(/<dataValidation /);
    }
    expect(await workbookChoice(0, 'all.xlsx', workbook, [])).toBeNull();
  });

  it('reads sheet by sheet: a bad sheet is set aside, the others apply, are kept and re-apply after a reload', async () => {
    let filled = await fillForm(workbook, new Map([[0, { status: 'Hoàn thành', percent: 100 }]]), {
      sheet: 'Huyện Cư Jút',
      clearOthers: true,
    });
    filled = await fillForm(filled, new Map([[1, { status: 'Đang thực hiện', percent: 20 }]]), {
      sheet: 'Huyện Đắk Mil',
      clearOthers: true,
    });
    filled = await fillForm(filled, new Map([[0, { status: 'Xong rồi' }]]), {
      sheet: 'Huyện Krông Nô',
      clearOthers: true,
    });
    // Re-saved by a tool without validation support: the hidden sheet still says which sheet is whose.
    const resaved = resaveWithSheetJs(filled);
    const result = await importAndKeep(
      original,
      [{ name: 'ca-huyen.xlsx', bytes: resaved }],
      addImportedFiles,
    );
    expect(result.forms?.applied.map((form) => form.unit)).toEqual(['Huyện Cư Jút', 'Huyện Đắk Mil']);
    expect(result.forms?.refused).toEqual([
      expect.objectContaining({
        unit: 'Huyện Krông Nô',
        problems: [expect.objectContaining({ key: 'unknownStatus', sheet: 'Huyện Krông Nô', cell: 'F8' })],
      }),
    ]);
    const expected = [
      { task_id: taskOf('Huyện Cư Jút', 0), unit: 'Huyện Cư Jút', status: 'done', percent: 100 },
      { task_id: taskOf('Huyện Đắk Mil', 1), unit: 'Huyện Đắk Mil', status: 'in_progress', percent: 20 },
    ];
    expect(await q2Rows(original)).toEqual(expected);
    const stored = await listImportedFiles();
    expect(stored.ok && stored.value.map((file) => [file.name, file.sheet])).toEqual([
      ['ca-huyen.xlsx', 'Huyện Cư Jút'],
      ['ca-huyen.xlsx', 'Huyện Đắk Mil'],
    ]);
    expect(await reapplyStoredImports(reopened)).toMatchObject({ ok: true, failed: [] });
    expect(await q2Rows(reopened)).toEqual(expected);
  });

  it('still reads a single-unit form of the first layout (no sheet rows in the hidden sheet)', async () => {
    const [[, single] = ['', new Uint8Array()]] = await only(makeReportFormsZip(forms.slice(0, 1)));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(single.slice().buffer as Parameters<typeof book.xlsx.load>[0]);
    const meta = book.getWorksheet(META_SHEET);
    if (meta === undefined) throw new Error('no metadata sheet');
    expect(meta.getCell('A2').value).toBe('sheet');
    meta.spliceRows(2, 1);
    meta.getCell('A1').value = META_MARK_V1;
    const v1 = new Uint8Array(await book.xlsx.writeBuffer());
    const filled = await fillForm(v1, new Map([[0, { status: 'Hoàn thành', percent: 100 }]]), {
      clearOthers: true,
    });
    const read = await readImportFile({ name: 'cu.xlsx', bytes: filled }, await fetchImportContext(original));
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual([
      expect.objectContaining({ task_id: taskOf('Huyện Cư Jút', 0), unit: 'Huyện Cư Jút', status: 'done' }),
    ]);
  });
});
