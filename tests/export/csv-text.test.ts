import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ChartTable } from '../../src/charts/chart-spec.ts';
import { buildCsvText, toCsvNumber } from '../../src/export/csv-text.ts';
import { UTF8_BOM } from '../../src/export/csv-writer.ts';

const TABLE: ChartTable = {
  caption: 'Đắk Nông 2024',
  columns: ['Chỉ số', 'Điểm', 'Thay đổi', 'Hạng'],
  rows: [
    { header: '1. Tham gia của người dân ở cấp cơ sở', cells: ['5,12', '\u22120,34', '59/61'] },
    { header: '2. Công khai, minh bạch', cells: ['1.234,50', '+0,20', '—'] },
    { header: '=HYPERLINK("http://evil","x")', cells: ['@SUM(A1)', '-cmd|calc', '\tinjected'] },
  ],
};

function parse(text: string, delimiter: string): string[][] {
  expect(text.startsWith(UTF8_BOM)).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { delimiter, skipEmptyLines: false }).data;
}

describe('chart CSV text', () => {
  it('starts with a UTF-8 BOM and uses ; between fields when the comma is the decimal sign', () => {
    const text = buildCsvText(TABLE, {
      decimal: ',',
      cellDecimal: ',',
      footer: [['Nguồn', 'CECODES & UNDP']],
    });
    const rows = parse(text, ';');
    expect(rows[0]).toEqual(['Chỉ số', 'Điểm', 'Thay đổi', 'Hạng']);
    expect(rows[1]).toEqual(['1. Tham gia của người dân ở cấp cơ sở', '5,12', '-0,34', '59/61']);
    expect(rows[2]).toEqual(['2. Công khai, minh bạch', '1234,50', '0,20', '']);
    expect(text).toContain('\r\n');
  });

  it('writes numbers with a decimal point and , between fields when asked', () => {
    const rows = parse(buildCsvText(TABLE, { decimal: '.', cellDecimal: ',', footer: [] }), ',');
    expect(rows[1]?.slice(1, 3)).toEqual(['5.12', '-0.34']);
    expect(rows[2]?.[1]).toBe('1234.50');
  });

  it('puts the source in the last rows, after an empty row', () => {
    const rows = parse(
      buildCsvText(TABLE, {
        decimal: ',',
        cellDecimal: ',',
        footer: [
          ['Nguồn', 'Nguồn: CECODES & UNDP, PAPI (papi.org.vn)'],
          ['Ngày xuất', '27/11/2026'],
        ],
      }),
      ';',
    ).filter((row) => row.length > 1 || row[0] !== '');
    expect(rows.at(-2)).toEqual(['Nguồn', 'Nguồn: CECODES & UNDP, PAPI (papi.org.vn)']);
    expect(rows.at(-1)).toEqual(['Ngày xuất', '27/11/2026']);
  });

  it('neutralises formula-like text in the header column and cells, but a negative number stays a number', () => {
    const rows = parse(buildCsvText(TABLE, { decimal: ',', cellDecimal: ',', footer: [] }), ';');
    expect(rows[3]).toEqual(['\'=HYPERLINK("http://evil","x")', "'@SUM(A1)", "'-cmd|calc", "'\tinjected"]);
    expect(rows[1]?.[2]).toBe('-0,34');
    expect(toCsvNumber('\u22121,57', ',', ',')).toBe('-1,57');
    expect(toCsvNumber('-1.57', '.', '.')).toBe('-1.57');
  });

  it('keeps labels that only look like numbers in another locale as text', () => {
    expect(toCsvNumber('1.1', ',', ',')).toBeNull();
    expect(toCsvNumber('72%', ',', ',')).toBeNull();
    expect(toCsvNumber('58/61', ',', ',')).toBeNull();
    expect(toCsvNumber('1,234.5', '.', ',')).toBe('1234,5');
  });
});
