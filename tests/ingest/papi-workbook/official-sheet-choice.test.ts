// Which sheets the Data view offers for an official workbook: the year sheets, newest first (the default
// choice); the 2011-2017 file's component sheets repeat the main one, so it asks nothing. Synthetic scores.
import { describe, expect, it } from 'vitest';
import { workbookDataSheets } from '../../../src/views/data/workbook-data-sheets';
import { BUNDLED_CONTEXT } from '../import-test-context';
import { indicatorSheet, summarySheet, workbookBytes } from './build-official-workbook';

const codes = BUNDLED_CONTEXT.indicators.map((indicator) => indicator.code);
const sheetOf = (year: number) =>
  indicatorSheet({ year, provinces: [{ name: 'Đắk Nông', code: '67' }] }).rows;

describe('the sheet choice for an official workbook', () => {
  it('offers every year sheet, newest first, whatever their order in the file', async () => {
    const bytes = workbookBytes({
      '2019PAPI_Indicators_VIE': sheetOf(2019),
      '2024_PAPI_VIE_ENG': sheetOf(2024),
      'Ghi chú': [['Nguồn: papi.org.vn']],
      '2023_VIE_ENG': sheetOf(2023),
    });
    expect(await workbookDataSheets(bytes, codes)).toEqual([
      '2024_PAPI_VIE_ENG',
      '2023_VIE_ENG',
      '2019PAPI_Indicators_VIE',
    ]);
  });

  it('offers only the main sheet of a 2011-2017 file, so nothing is asked', async () => {
    const main = summarySheet(['Đắk Nông'], 2016).rows;
    const bytes = workbookBytes({
      '2016PAPI- Bảng tổng hợp kết quả': main,
      'Điểm thành phần 1': main,
      'Điêm thành phần 5': main,
    });
    expect(await workbookDataSheets(bytes, codes)).toEqual(['2016PAPI- Bảng tổng hợp kết quả']);
  });
});
