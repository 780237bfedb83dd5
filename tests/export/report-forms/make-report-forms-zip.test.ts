// The made forms as Excel reads them: the zip's files, the title block, and the validation and protection
// XML a unit's Excel enforces.
import JSZip from 'jszip';
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/db/connector.ts';
import { makeReportFormsZip } from '../../../src/export/report-forms/make-report-forms-zip.ts';
import type { ReportForm } from '../../../src/export/report-forms/report-form-model.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';
import { bundledForms } from './bundled-forms.ts';

/** The value, or a failed test naming what was missing. */
function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`missing: ${what}`);
  return value;
}

let conn: Connector;
let forms: ReportForm[];
let zip: JSZip;
let zipName: string;
beforeAll(async () => {
  conn = await createLoadedConnector();
  // The districts' last quarter: they ended on 30 June 2025 (data/unit-lifetimes.csv) and get no later form.
  forms = await bundledForms(conn, '2025-Q2');
  const made = await makeReportFormsZip(forms);
  zipName = made.name;
  zip = await JSZip.loadAsync(made.bytes);
});
afterAll(async () => {
  await conn.close();
});

const CU_JUT = 'bieu-mau-bao-cao_474-kh-ubnd_2025-q2_huyen-cu-jut.xlsx';
const fileText = async (xlsx: string, path: string): Promise<string> => {
  const inner = await JSZip.loadAsync(await must(zip.file(xlsx), xlsx).async('uint8array'));
  return must(inner.file(path), path).async('string');
};

describe('the report forms zip', () => {
  it('holds one .xlsx per unit, named by plan, period and unit', () => {
    expect(zipName).toBe('bieu-mau-bao-cao_474-kh-ubnd_2025-q2.zip');
    expect(Object.keys(zip.files)).toHaveLength(forms.length);
    expect(Object.keys(zip.files)).toContain(CU_JUT);
    expect(Object.keys(zip.files)).toContain('bieu-mau-bao-cao_474-kh-ubnd_2025-q2_so-y-te.xlsx');
  });

  it('shows the plan, the period in office words, the unit, the due date and where to send it', async () => {
    const workbook = XLSX.read(await must(zip.file(CU_JUT), CU_JUT).async('uint8array'), { type: 'array' });
    const sheet = must(workbook.Sheets['Báo cáo'], 'form sheet');
    const text = (cell: string): string => String(sheet[cell]?.v ?? '');
    expect(text('A2')).toContain('474/KH-UBND');
    expect(text('A3')).toBe('Kỳ báo cáo: Quý II/2025');
    expect(text('A4')).toBe('Đơn vị báo cáo: Huyện Cư Jút');
    expect(text('A5')).toBe('Hạn gửi: 20/07/2025 · Gửi về: Sở Nội vụ');
    const form = must(
      forms.find((candidate) => candidate.unit === 'Huyện Cư Jút'),
      'Cư Jút',
    );
    expect(text('B8')).toBe(form.rows[0]?.taskId);
    expect(text(`B${String(7 + form.rows.length)}`)).toBe(form.rows.at(-1)?.taskId);
    expect(text(`B${String(8 + form.rows.length)}`)).toBe('');
  });

  it('stores each task row tall enough for its wrapped task text, so a printed form has no text over the next row', async () => {
    const sheetXml = await fileText(CU_JUT, 'xl/worksheets/sheet1.xml');
    const form = must(
      forms.find((candidate) => candidate.unit === 'Huyện Cư Jút'),
      'Cư Jút',
    );
    // The task column prints about 59 characters a line in LibreOffice (Times New Roman 11 pt); 55 is the floor.
    const charactersPerLine = 55;
    form.rows.forEach((row, index) => {
      const rowTag = must(
        new RegExp(`<row r="${String(8 + index)}"[^>]*>`).exec(sheetXml)?.[0],
        `row ${String(8 + index)}`,
      );
      const heightPt = Number(/\bht="([\d.]+)"/.exec(rowTag)?.[1] ?? 0);
      expect(rowTag, `row ${String(8 + index)} keeps its height`).toMatch(/customHeight="1"/);
      // At least one 11 pt line (about 14 pt) per line of the task's wrapped text.
      expect(heightPt, row.task.slice(0, 40)).toBeGreaterThanOrEqual(
        Math.ceil(row.task.length / charactersPerLine) * 14,
      );
    });
  });

  it('validates status, percent and date on every task row', async () => {
    const rows = must(
      forms.find((candidate) => candidate.unit === 'Huyện Cư Jút'),
      'Cư Jút',
    ).rows.length;
    const xml = await fileText(CU_JUT, 'xl/worksheets/sheet1.xml');
    const validations = [...xml.matchAll(/<dataValidation [^>]*>[\s\S]*?<\/dataValidation>/g)].map(
      (m) => m[0],
    );
    const list = validations.filter((v) => v.includes('type="list"'));
    expect(list).toHaveLength(1);
    expect(list[0]).toContain('<formula1>&quot;Hoàn thành,Đang thực hiện,Chưa thực hiện&quot;</formula1>');
    const lastRow = String(7 + rows);
    expect(list[0]).toContain(`sqref="F8:F${lastRow}"`);
    const whole = must(
      validations.find((v) => v.includes('type="whole"')),
      'whole',
    );
    // No operator attribute means "between", Excel's default.
    expect(whole).toContain(`sqref="G8:G${lastRow}"`);
    expect(whole).toMatch(/<formula1>0<\/formula1><formula2>100<\/formula2>/);
    const date = must(
      validations.find((v) => v.includes('type="date"')),
      'date',
    );
    expect(date).toContain(`sqref="J8:J${lastRow}"`);
    expect(date).toMatch(/<formula1>36526<\/formula1><formula2>73050<\/formula2>/); // 2000-01-01, 2099-12-31
  });

  it('protects the sheet without a password and leaves only the fill columns unlocked', async () => {
    const xml = await fileText(CU_JUT, 'xl/worksheets/sheet1.xml');
    const protection = /<sheetProtection [^>]*\/>/.exec(xml)?.[0] ?? '';
    expect(protection).toContain('sheet="1"');
    expect(protection).not.toMatch(/password|hashValue/);
    const styles = await fileText(CU_JUT, 'xl/styles.xml');
    const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
    const xfs = [...cellXfs.matchAll(/<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
    const unlocked = new Set(xfs.flatMap((xf, index) => (xf.includes('locked="0"') ? [String(index)] : [])));
    const styleOf = (cell: string): string =>
      new RegExp(`<c r="${cell}"[^>]* s="(\\d+)"`).exec(xml)?.[1] ?? '';
    for (const cell of ['F8', 'G8', 'H8', 'I8', 'J8']) expect(unlocked.has(styleOf(cell)), cell).toBe(true);
    for (const cell of ['A8', 'B8', 'D8', 'E8', 'A3']) expect(unlocked.has(styleOf(cell)), cell).toBe(false);
  });

  it('prints on A4 landscape, one page wide, and hides the plan, period and unit in a very hidden sheet', async () => {
    const xml = await fileText(CU_JUT, 'xl/worksheets/sheet1.xml');
    expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"/);
    expect(xml).toMatch(/<pageSetup [^>]*fitToWidth="1"/);
    const workbookXml = await fileText(CU_JUT, 'xl/workbook.xml');
    expect(workbookXml).toMatch(/<sheet [^>]*name="papi_form"[^>]*state="veryHidden"/);
    const workbook = XLSX.read(await must(zip.file(CU_JUT), CU_JUT).async('uint8array'), { type: 'array' });
    const meta = XLSX.utils.sheet_to_json<string[]>(must(workbook.Sheets.papi_form, 'meta'), { header: 1 });
    // Layout version 2: a block per form sheet, opened by the sheet's name.
    expect(meta.slice(0, 6)).toEqual([
      ['papi-report-form/2'],
      ['sheet', 'Báo cáo'],
      ['plan', '474/KH-UBND'],
      ['period', '2025-Q2'],
      ['unit', 'Huyện Cư Jút'],
      ['due_date', '2025-07-20'],
    ]);
  });
});
