import { describe, expect, it } from 'vitest';
import { describeTotalTrend } from '../../../src/charts/total-trend/trend-description.ts';
import { buildTotalTrendTable } from '../../../src/charts/total-trend/trend-table.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { makeTrendPoints } from '../trend-fixture.ts';

const vi = createI18n('vi');
const settings = { provinceName: 'Đắk Nông' };

describe('the trend as a table', () => {
  it('has one row per year, oldest first, with the score, rank, median and thresholds', () => {
    const table = buildTotalTrendTable([...makeTrendPoints()].reverse(), settings, vi);
    expect(table.rows.map((r) => r.header)).toEqual(Array.from({ length: 14 }, (_, i) => String(2011 + i)));
    expect(table.columns).toEqual([
      'Năm',
      'Số chỉ số nội dung',
      'Điểm của Đắk Nông',
      'Hạng',
      'Trung vị toàn quốc',
      'Ngưỡng vào nhóm Trung bình thấp',
      'Ngưỡng vào nhóm Trung bình cao',
      'Ngưỡng vào nhóm Cao',
    ]);
    expect(table.rows.at(-1)?.cells).toEqual(['8', '40,54', '58/61', '44,80', '43,30', '44,80', '46,40']);
    expect(table.rows[2]?.cells.slice(1, 3)).toEqual(['—', '—']); // 2013: no score, no rank
  });

  it('has a caption that names the chart and its break', () => {
    expect(buildTotalTrendTable(makeTrendPoints(), settings, vi).caption).toBe(
      'Đắk Nông: điểm PAPI tổng hợp 2011–2024. Từ 2018 PAPI có 8 chỉ số nội dung (trước đó 6): tổng điểm hai giai đoạn không so sánh được, nên đường bị ngắt tại 2018.',
    );
  });
});

describe('describeTotalTrend', () => {
  it('summarises the latest scored year in one line', () => {
    expect(describeTotalTrend(makeTrendPoints(), settings, vi).summary).toBe('năm 2024: 40,54, hạng 58/61');
    const en = describeTotalTrend(makeTrendPoints(), { provinceName: 'Dak Nong' }, createI18n('en'));
    expect(en.summary).toBe('2024: 40.54, rank 58/61');
  });

  it('states each break in the subtitle from the rows, not from a fixed year', () => {
    const points = makeTrendPoints()
      .filter((p) => p.year <= 2017)
      .map((p) => ({ ...p, comparableWithPrevious: p.year !== 2011 && p.year !== 2015 }));
    expect(describeTotalTrend(points, settings, vi).subtitle).toBe(
      'Tổng điểm từ 2015 được tính khác năm trước nên không so sánh được; đường bị ngắt tại 2015.',
    );
    const unbroken = points.map((p) => ({ ...p, comparableWithPrevious: p.year !== 2011 }));
    expect(describeTotalTrend(unbroken, settings, vi).subtitle).not.toContain('ngắt');
  });
});
