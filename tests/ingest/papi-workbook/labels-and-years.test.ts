// The quirks of the official workbooks' labels and names, one row each: what a row is, where the year is.
import { describe, expect, it } from 'vitest';
import { classifyRowLabel } from '../../../src/ingest/papi-workbook/row-label.ts';
import { readWorkbookYear, yearInName } from '../../../src/ingest/papi-workbook/workbook-year.ts';

const noName = () => null;

describe('classifyRowLabel', () => {
  it.each([
    [
      'Unweighted PAPI Score',
      'Chỉ số PAPI tổng hợp (không có trọng số)',
      '10-80 điểm/points',
      { kind: 'total' },
    ],
    ['', 'Chỉ số PAPI tổng hợp (không có trọng số)', '', { kind: 'total' }],
    ['Weighted PAPI Score', 'Chỉ số PAPI tổng hợp (có trọng số)', '10-80 điểm/points', { kind: 'weighted' }],
    ['95% CI Low', '', '', { kind: 'statistic' }],
    ['CI High', 'Điểm cao (khoảng tin cậy 95%)', '', { kind: 'statistic' }],
    ['Standard Error', 'Sai số chuẩn', '', { kind: 'statistic' }],
    [
      'Dimension 3: Vertical Accountability',
      'Chỉ số nội dung 3: Trách nhiệm giải trình với người dân',
      '1-10 điểm/points',
      { kind: 'dimension', code: '3' },
    ],
    ['', 'Chỉ số nội dung 8: Quản trị điện tử', '', { kind: 'dimension', code: '8' }],
    [
      'Civic Knowledge',
      '1.1: Tri thức công dân',
      '0.25-2.5 điểm/points',
      { kind: 'subdimension', code: '1.1' },
    ],
    ['', ' 3.2 : Giải quyết khiếu nại', '0.33-3.33 điểm', { kind: 'subdimension', code: '3.2' }],
    [
      '% knowing the grassroots democracy ordinance',
      '1.1.1: Tỷ lệ biết Pháp lệnh',
      '0%-100%',
      { kind: 'survey' },
    ],
    ['Respondents who voted', 'Tỷ lệ đi bầu', '0%-100%', { kind: 'survey' }],
    ['Notes', 'Ghi chú', '', { kind: 'other' }],
    ['Something scored', '', '0.25-2.5 điểm/points', { kind: 'subdimension', code: null }],
  ])('%j / %j (scale %j)', (english, vietnamese, scale, expected) => {
    expect(classifyRowLabel(english, vietnamese, scale, noName)).toEqual(expected);
  });

  it('finds an unnumbered sub-dimension by its name', () => {
    expect(classifyRowLabel('Civic Knowledge', '', '0.25-2.5 điểm/points', () => '1.1')).toEqual({
      kind: 'subdimension',
      code: '1.1',
    });
  });
});

describe('the year of an official workbook', () => {
  it.each([
    ['2024PAPI_ProvincialIndicators_BangChiTieuCapTinh_34_TinhThanh.xlsx', 2024],
    ['2023PAPI_ProvincialIndicators_BangChiTieuCapTinh..xlsx', 2023],
    ['1.2021PAPI_ProvincialIndicators_BangChiTieuCapTinh.xlsx', 2021],
    ['2019_PAPI_Provincial_indicators2019_VIE_ENG.xlsx', 2019],
    ['PAPI2018_ProvincialScores_ByIndicators_VIE.xlsx', 2018],
    ['PAPI-2016-Dữ-liệu-1.xlsx', 2016],
    ['2024_PAPI_VIE_ENG', 2024],
    ['2019PAPI_Indicators_VIE', 2019],
    ['ProvincialIndicators_VIE', null],
    ['PAPI-Du-lieu-1.xlsx', null],
  ])('%s → %s', (name, year) => {
    expect(yearInName(name)).toBe(year);
  });

  it('2018+: the sheet name first (the 2024 file repeats 2019-2024, one sheet each)', () => {
    expect(readWorkbookYear('2019PAPI_Indicators_VIE', '2024PAPI_x.xlsx', 'sheet')).toEqual({
      year: 2019,
      from: 'sheet',
      name: '2019PAPI_Indicators_VIE',
    });
  });

  it('2011-2017: the file name wins when the tab disagrees (the 2011 file’s tab says 2012PAPI)', () => {
    expect(readWorkbookYear('2012PAPI- Bảng tổng hợp kết quả', 'PAPI-2011-Dữ-liệu-1.xlsx', 'file')).toEqual({
      year: 2011,
      from: 'file',
      name: 'PAPI-2011-Dữ-liệu-1.xlsx',
    });
  });
});
