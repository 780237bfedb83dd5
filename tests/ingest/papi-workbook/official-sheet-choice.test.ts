// Which years the Data view offers for an official workbook: the year sheets' years, newest first (the
// newest is the default); the 2011-2017 file's component sheets repeat the main one, so it asks nothing.
// Synthetic scores.
import { describe, expect, it } from 'vitest';
import { workbookChoice } from '../../../src/ingest/read/workbook-choice.ts';
import { BUNDLED_CONTEXT } from '../import-test-context.ts';
import { indicatorSheet, summarySheet, workbookBytes } from './build-official-workbook.ts';

const codes = BUNDLED_CONTEXT.indicators.map((indicator) => indicator.code);
const sheetOf = (year: number) =>
  indicatorSheet({ year, provinces: [{ name: 'Đắk Nông', code: '67' }] }).rows;

describe('the year choice for an official workbook', () => {
  it('offers every year sheet’s year, newest first, whatever their order in the file', async () => {
    const bytes = workbookBytes({
      '2019PAPI_Indicators_VIE': sheetOf(2019),
      '2024_PAPI_VIE_ENG': sheetOf(2024),
      'Ghi chú': [['Nguồn: papi.org.vn']],
      '2023_VIE_ENG': sheetOf(2023),
    });
    expect(await workbookChoice(0, 'PAPI.xlsx', bytes, codes)).toEqual({
      kind: 'years',
      index: 0,
      name: 'PAPI.xlsx',
      years: [2024, 2023, 2019],
    });
  });

  it('asks nothing of a 2011-2017 file: one main sheet, its year in the file name', async () => {
    const main = summarySheet(['Đắk Nông'], 2016).rows;
    const bytes = workbookBytes({
      '2016PAPI- Bảng tổng hợp kết quả': main,
      'Điểm thành phần 1': main,
      'Điêm thành phần 5': main,
    });
    expect(await workbookChoice(0, 'PAPI-2016-Dữ-liệu-1.xlsx', bytes, codes)).toBeNull();
  });
});
