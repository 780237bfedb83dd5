// The sheet picker asks only when a workbook has several sheets with recognisable data.
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { workbookDataSheets } from '../../../src/views/data/workbook-data-sheets';
import { BUNDLED_CONTEXT, readImportFixture } from '../../ingest/import-test-context';

const codes = BUNDLED_CONTEXT.indicators.map((indicator) => indicator.code);

function workbook(sheets: Record<string, string[][]>): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name);
  }
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

const PROGRESS = [
  ['Mã nhiệm vụ', 'Kỳ báo cáo', 'Đơn vị', 'Trạng thái'],
  ['474-1.1-a', 'Quý IV/2025', 'Sở Nội vụ', 'Hoàn thành'],
];

describe('workbookDataSheets', () => {
  it('an instructions sheet and one data sheet: one candidate, nothing to ask', async () => {
    expect(await workbookDataSheets(readImportFixture('progress-excel.xlsx'), codes)).toHaveLength(1);
  });

  it('two quarters in two sheets: both offered, in workbook order', async () => {
    const bytes = workbook({ 'Hướng dẫn': [['Điền từ dòng 2']], 'Quý III': PROGRESS, 'Quý IV': PROGRESS });
    expect(await workbookDataSheets(bytes, codes)).toEqual(['Quý III', 'Quý IV']);
  });

  it('CSV and files that are not workbooks: none', async () => {
    expect(await workbookDataSheets(readImportFixture('progress-semicolon-bom-crlf.csv'), codes)).toEqual([]);
    expect(await workbookDataSheets(readImportFixture('not-a-spreadsheet.pdf'), codes)).toEqual([]);
  });
});
