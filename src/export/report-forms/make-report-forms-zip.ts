// All the forms of a plan and period in one .zip. ExcelJS and JSZip are imported here, on demand, so they
// become chunks the browser fetches only when forms are made.

import type { ReportForm } from './report-form-model.ts';
import { reportFormFileName, reportFormsWorkbookName, reportFormsZipName } from './report-form-file-names.ts';
import { writeReportForm, writeReportWorkbook } from './write-report-form.ts';

/** A file to save. */
export interface MadeFile {
  name: string;
  bytes: Uint8Array;
}

/** One .xlsx per unit, or one workbook with a sheet per unit: the user's choice in the forms panel. */
export type FormsLayout = 'file-per-unit' | 'sheet-per-unit';

/**
 * The forms (same plan and period) zipped: one .xlsx per form (two units whose names give the same file name
 * get -2, -3), or one workbook holding them all, a sheet per unit.
 */
export async function makeReportFormsZip(
  forms: readonly ReportForm[],
  layout: FormsLayout = 'file-per-unit',
): Promise<MadeFile> {
  const [{ default: excel }, { default: JSZip }] = await Promise.all([import('exceljs'), import('jszip')]);
  const zip = new JSZip();
  const used = new Map<string, number>();
  const first = forms[0];
  if (layout === 'sheet-per-unit' && first !== undefined) {
    zip.file(reportFormsWorkbookName(first.plan, first.period), await writeReportWorkbook(excel, forms));
  }
  for (const form of layout === 'sheet-per-unit' ? [] : forms) {
    const name = reportFormFileName(form.plan, form.period, form.unit);
    const count = (used.get(name) ?? 0) + 1;
    used.set(name, count);
    zip.file(
      count === 1 ? name : name.replace(/\.xlsx$/, `-${String(count)}.xlsx`),
      await writeReportForm(excel, form),
    );
  }
  const zipName = first === undefined ? 'bieu-mau-bao-cao.zip' : reportFormsZipName(first.plan, first.period);
  return { name: zipName, bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) };
}
