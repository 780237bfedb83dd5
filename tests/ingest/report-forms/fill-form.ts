// Fills a made report form the way a unit would, by script: ExcelJS (as Excel keeps it) or SheetJS (which
// drops the validation and protection when it saves).
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { FIRST_TASK_ROW, FORM_SHEET } from '../../../src/domain/report-form-layout.ts';

/** One row's answers; a field left out keeps what the form had (pre-filled), null clears it. */
export interface RowAnswer {
  taskId?: string;
  status?: string | null;
  percent?: number | string | null;
  result?: string | null;
  difficulties?: string | null;
  reportedOn?: Date | string | null;
}

const COLUMN_OF = { taskId: 'B', status: 'F', percent: 'G', result: 'H', difficulties: 'I', reportedOn: 'J' };

/** The form (its sheet `sheet`, default the one-unit form's) with `answers` by task row (0-based), `cleared` rows emptied, and `extraRows` typed below the tasks. */
export async function fillForm(
  bytes: Uint8Array,
  answers: ReadonlyMap<number, RowAnswer>,
  options: { clearOthers?: boolean; extraRows?: readonly (readonly string[])[]; sheet?: string } = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS types its input as an ArrayBuffer-like Buffer; a copy of the bytes' own buffer is one.
  await workbook.xlsx.load(bytes.slice().buffer as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.getWorksheet(options.sheet ?? FORM_SHEET);
  if (sheet === undefined) throw new Error('no form sheet');
  let taskRows = 0;
  while (String(sheet.getCell(`B${String(FIRST_TASK_ROW + taskRows)}`).value ?? '') !== '') taskRows += 1;
  for (let index = 0; index < taskRows; index += 1) {
    const row = FIRST_TASK_ROW + index;
    const answer = answers.get(index) ?? (options.clearOthers === true ? CLEAR : {});
    for (const [field, column] of Object.entries(COLUMN_OF)) {
      const value = answer[field as keyof RowAnswer];
      if (value !== undefined) sheet.getCell(`${column}${String(row)}`).value = value;
    }
  }
  (options.extraRows ?? []).forEach((cells, index) => {
    sheet.getRow(FIRST_TASK_ROW + taskRows + index).values = [...cells];
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const CLEAR: RowAnswer = { status: null, percent: null, result: null, difficulties: null, reportedOn: null };

/** The workbook read and saved again by SheetJS, as a tool without validation support would. */
export function resaveWithSheetJs(bytes: Uint8Array): Uint8Array {
  const workbook = XLSX.read(bytes, { type: 'array', cellDates: true });
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
