// One unit's form as an .xlsx, written with ExcelJS: SheetJS's community build cannot write data validation
// or sheet protection. The caller passes the ExcelJS module it loaded on demand (load-exceljs.ts).

import type ExcelJS from 'exceljs';
import {
  FIRST_TASK_ROW,
  FORM_COLUMNS,
  HEADER_ROW,
  META_MARK,
  META_SHEET,
  META_SHEET_KEY,
  SEND_TO,
  STATUS_WORDS,
  TASK_ID_SEPARATOR,
  columnLetter,
  formSheetNames,
} from '../../domain/report-form-layout.ts';
import { formatPeriod } from '../../i18n/format.ts';
import type { ReportForm } from './report-form-model.ts';

type ExcelModule = typeof ExcelJS;

const LAST_COLUMN = String.fromCharCode(64 + FORM_COLUMNS.length);
const FONT = { name: 'Times New Roman', size: 11 };
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
// The dates the form accepts. ExcelJS writes only fixed dates for a date rule (a TODAY() bound becomes NaN),
// so a date in the future is refused when the form comes back (ingest/report-forms).
const EARLIEST_REPORT_DATE = new Date(Date.UTC(2000, 0, 1));
const LATEST_REPORT_DATE = new Date(Date.UTC(2099, 11, 31));

/** 'YYYY-MM-DD' → 'dd/mm/yyyy' (other text as it is). */
const officeDate = (iso: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match === null ? iso : `${match[3] ?? ''}/${match[2] ?? ''}/${match[1] ?? ''}`;
};

function writeTitle(sheet: ExcelJS.Worksheet, form: ReportForm): void {
  const lines: [string, boolean][] = [
    ['BIỂU MẪU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH', true],
    [`Kế hoạch số ${form.plan}: ${form.planTitle}`, false],
    [`Kỳ báo cáo: ${formatPeriod(form.period, 'vi')}`, true],
    [`Đơn vị báo cáo: ${form.unit}`, true],
    [`Hạn gửi: ${officeDate(form.dueDate)} · Gửi về: ${SEND_TO}`, false],
  ];
  lines.forEach(([text, bold], index) => {
    const row = index + 1;
    sheet.mergeCells(`A${String(row)}:${LAST_COLUMN}${String(row)}`);
    const cell = sheet.getCell(`A${String(row)}`);
    cell.value = text;
    cell.font = { ...FONT, bold, size: index === 0 ? 13 : 11 };
    cell.alignment = { horizontal: index === 0 ? 'center' : 'left', vertical: 'middle', wrapText: true };
  });
  sheet.getRow(2).height = 30;
}

function writeHeader(sheet: ExcelJS.Worksheet): void {
  const row = sheet.getRow(HEADER_ROW);
  FORM_COLUMNS.forEach((column, index) => {
    const cell = row.getCell(index + 1);
    cell.value = column.header;
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    cell.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: column.fill ? 'FFFFF2CC' : 'FFD9E1F2' },
    };
  });
  row.height = 32;
}

// Whole-column ranges: ExcelJS's merging of per-cell rules sorts addresses as text ('F10' < 'F8') and
// writes overlapping ranges, which Excel may repair on opening.
interface RangeValidations {
  dataValidations: { add: (range: string, validation: ExcelJS.DataValidation) => void };
}

function validateFillColumns(sheet: ExcelJS.Worksheet, rowCount: number): void {
  if (rowCount === 0) return;
  const last = String(FIRST_TASK_ROW + rowCount - 1);
  const range = (key: Parameters<typeof columnLetter>[0]): string =>
    `${columnLetter(key)}${String(FIRST_TASK_ROW)}:${columnLetter(key)}${last}`;
  const { dataValidations } = sheet as unknown as RangeValidations;
  dataValidations.add(range('status'), {
    type: 'list',
    allowBlank: true,
    formulae: [`"${Object.values(STATUS_WORDS).join(',')}"`],
    showErrorMessage: true,
    errorTitle: 'Trạng thái',
    error: `Chọn một trong: ${Object.values(STATUS_WORDS).join(' / ')}`,
  });
  dataValidations.add(range('percent'), {
    type: 'whole',
    operator: 'between',
    allowBlank: true,
    formulae: [0, 100],
    showErrorMessage: true,
    errorTitle: 'Tỷ lệ hoàn thành',
    error: 'Nhập số nguyên từ 0 đến 100',
  });
  dataValidations.add(range('reported_on'), {
    type: 'date',
    operator: 'between',
    allowBlank: true,
    formulae: [EARLIEST_REPORT_DATE, LATEST_REPORT_DATE],
    showErrorMessage: true,
    errorTitle: 'Ngày báo cáo',
    error: 'Nhập ngày dạng dd/mm/yyyy',
  });
}

function writeTaskRows(sheet: ExcelJS.Worksheet, form: ReportForm): void {
  form.rows.forEach((task, index) => {
    const rowNumber = FIRST_TASK_ROW + index;
    const row = sheet.getRow(rowNumber);
    const values: Record<(typeof FORM_COLUMNS)[number]['key'], ExcelJS.CellValue> = {
      stt: task.stt,
      task_id: task.taskId,
      dimension: task.dimension,
      task: task.task,
      deadline: officeDate(task.deadline),
      status: task.previous === null ? null : STATUS_WORDS[task.previous.status],
      percent: task.previous?.percent ?? null,
      result: null,
      difficulties: null,
      reported_on: null,
    };
    FORM_COLUMNS.forEach((column, columnIndex) => {
      const cell = row.getCell(columnIndex + 1);
      cell.value = values[column.key];
      cell.font = FONT;
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: true };
      if (column.fill) cell.protection = { locked: false };
    });
    row.getCell(columnLetter('reported_on')).numFmt = 'dd/mm/yyyy';
    row.height = wrappedRowHeight(
      FORM_COLUMNS.map((column) => [String(values[column.key] ?? ''), column.width]),
    );
  });
}

// Excel and LibreOffice keep a row at its stored height when a file opens, so wrapped task texts would print
// over the rows below: the height is set from the longest wrapped cell. A column of width w holds about
// 1.4 w characters of 11 pt Times New Roman Vietnamese a line (59 in the 42-wide task column, printed by
// LibreOffice); 1.2 w leaves room for wider letters. A line is 15 pt tall.
const LINE_HEIGHT_PT = 15;
const CHARACTERS_PER_WIDTH = 1.2;

/** The height (pt) that shows every line of the row's cells, each given as [text, column width]. */
export function wrappedRowHeight(cells: readonly (readonly [string, number])[]): number {
  const lines = Math.max(
    1,
    ...cells.map(([text, width]) => Math.ceil(text.length / Math.max(1, width * CHARACTERS_PER_WIDTH))),
  );
  return lines * LINE_HEIGHT_PT + 3;
}

function writeMeta(workbook: ExcelJS.Workbook, forms: readonly ReportForm[], names: readonly string[]): void {
  const meta = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  meta.addRow([META_MARK]);
  forms.forEach((form, index) => {
    meta.addRow([META_SHEET_KEY, names[index] ?? '']);
    meta.addRow(['plan', form.plan]);
    meta.addRow(['period', form.period]);
    meta.addRow(['unit', form.unit]);
    meta.addRow(['due_date', form.dueDate]);
    meta.addRow(['task_ids', form.rows.map((row) => row.taskId).join(TASK_ID_SEPARATOR)]);
  });
}

async function writeFormSheet(workbook: ExcelJS.Workbook, form: ReportForm, name: string): Promise<void> {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${String(HEADER_ROW)}:${String(HEADER_ROW)}`,
    },
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
  });
  sheet.columns = FORM_COLUMNS.map((column) => ({ width: column.width }));
  writeTitle(sheet, form);
  writeHeader(sheet);
  writeTaskRows(sheet, form);
  validateFillColumns(sheet, form.rows.length);
  // No password: the protection keeps the structure and the task cells from slips, not from the unit.
  const options = {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  };
  await sheet.protect('', options);
}

/** One workbook of the forms, a sheet per unit (one form: the sheet FORM_SHEET), with the metadata of each. */
export async function writeReportWorkbook(
  excel: ExcelModule,
  forms: readonly ReportForm[],
): Promise<Uint8Array> {
  const workbook = new excel.Workbook();
  workbook.creator = 'PAPI dashboard';
  const names = formSheetNames(forms.map((form) => form.unit));
  for (const [index, form] of forms.entries()) await writeFormSheet(workbook, form, names[index] ?? '');
  writeMeta(workbook, forms, names);
  await workbook.getWorksheet(META_SHEET)?.protect('', {});
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The form as .xlsx bytes: title block, task rows, validated and unlocked fill columns, the rest protected. */
export function writeReportForm(excel: ExcelModule, form: ReportForm): Promise<Uint8Array> {
  return writeReportWorkbook(excel, [form]);
}
