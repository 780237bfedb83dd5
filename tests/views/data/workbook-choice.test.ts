// The Data view asks for a sheet only when a workbook has several sheets with recognisable data.
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { workbookChoice } from '../../../src/ingest/read/workbook-choice.ts';
import { BUNDLED_CONTEXT, readImportFixture } from '../../ingest/import-test-context.ts';

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

const ask = (name: string, bytes: Uint8Array) => workbookChoice(3, name, bytes, codes);

describe('workbookChoice: which sheet to import', () => {
  it('an instructions sheet and one data sheet: nothing to ask', async () => {
    expect(await ask('progress.xlsx', readImportFixture('progress-excel.xlsx'))).toBeNull();
  });

  it('two quarters in two sheets: both offered, in workbook order', async () => {
    const bytes = workbook({ 'Hướng dẫn': [['Điền từ dòng 2']], 'Quý III': PROGRESS, 'Quý IV': PROGRESS });
    expect(await ask('tien-do.xlsx', bytes)).toEqual({
      kind: 'sheet',
      index: 3,
      name: 'tien-do.xlsx',
      sheets: ['Quý III', 'Quý IV'],
    });
  });

  it('CSV and files that are not workbooks: nothing to ask', async () => {
    expect(await ask('p.csv', readImportFixture('progress-semicolon-bom-crlf.csv'))).toBeNull();
    expect(await ask('p.pdf', readImportFixture('not-a-spreadsheet.pdf'))).toBeNull();
  });
});
