import { describe, expect, it } from 'vitest';
import { createTotalTrendSpec } from '../../src/charts/total-trend/total-trend-spec.ts';
import { buildExportFileName, slugify, yearsPart } from '../../src/export/file-name.ts';
import { specFileName } from '../../src/export/spec-file-name.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { makeTrendPoints } from '../charts/trend-fixture.ts';

const EXPORT_DAY = new Date(2026, 10, 27, 9, 30);

describe('export file names', () => {
  it.each([
    ['Đắk Nông', 'dak-nong'],
    ['Thừa Thiên Huế', 'thua-thien-hue'],
    ['Bà Rịa - Vũng Tàu', 'ba-ria-vung-tau'],
    ['TP. Hồ Chí Minh', 'tp-ho-chi-minh'],
    ['Chỉ số 3', 'chi-so-3'],
    ['ĐIỆN BIÊN', 'dien-bien'],
    // Decomposed (NFD) input, as some file systems and pastes give it.
    ['Đắk Lắk'.normalize('NFD'), 'dak-lak'],
  ])('slugs %s as %s (ASCII only)', (text, slug) => {
    expect(slugify(text)).toBe(slug);
    expect(slugify(text)).toMatch(/^[a-z0-9-]*$/);
  });

  it('names a file after province, indicator, years and the export date', () => {
    expect(
      buildExportFileName(
        { province: 'Đắk Nông', indicator: 'Chỉ số 3', years: '2011–2024', date: EXPORT_DAY },
        'png',
      ),
    ).toBe('papi_dak-nong_chi-so-3_2011-2024_2026-11-27.png');
  });

  it('leaves out the parts it does not know instead of writing empty segments', () => {
    expect(
      buildExportFileName({ province: 'Đắk Nông', indicator: '', years: '', date: EXPORT_DAY }, 'pptx'),
    ).toBe('papi_dak-nong_2026-11-27.pptx');
  });

  it('reads the years span from a title', () => {
    expect(yearsPart('Đắk Nông: điểm PAPI tổng hợp 2011–2024')).toBe('2011-2024');
    expect(yearsPart('Đắk Nông 2024: khoảng cách tới trung vị')).toBe('2024');
    expect(yearsPart('không có năm')).toBe('');
  });

  it('names the Overview trend chart from its spec alone (its exportName, and the chart from its id)', () => {
    const spec = createTotalTrendSpec(makeTrendPoints(), { provinceName: 'Đắk Nông' });
    expect(specFileName(spec, createI18n('vi'), EXPORT_DAY, 'svg')).toBe(
      'papi_dak-nong_total-trend_2011-2024_2026-11-27.svg',
    );
    expect(
      specFileName(
        { ...spec, exportName: { ...spec.exportName, indicator: 'Chỉ số tổng hợp' } },
        createI18n('en'),
        EXPORT_DAY,
        'csv',
      ),
    ).toBe('papi_dak-nong_total-trend_chi-so-tong-hop_2011-2024_2026-11-27.csv');
  });

  it('gives an indicator’s trend and its parts different names, by code, never a phrase cut short', () => {
    const vi = createI18n('vi');
    const base = createTotalTrendSpec(makeTrendPoints(), { provinceName: 'Đắk Nông' });
    const label = '2. Công khai, minh bạch trong việc ra quyết định ở địa phương';
    const named = { province: 'Đắk Nông', indicator: label, years: '2011-2024' };
    const trend = { ...base, id: 'chart-indicator-trend', exportName: named };
    const parts = { ...base, id: 'chart-subdimension-multiples', exportName: named };
    const trendName = specFileName(trend, vi, EXPORT_DAY, 'png');
    const partsName = specFileName(parts, vi, EXPORT_DAY, 'png');
    expect(trendName).toBe('papi_dak-nong_indicator-trend_chi-so-2_2011-2024_2026-11-27.png');
    expect(partsName).toBe('papi_dak-nong_subdimension-multiples_chi-so-2_2011-2024_2026-11-27.png');
    const sub = { ...trend, exportName: { ...named, indicator: '2.1. Tiếp cận thông tin' } };
    expect(specFileName(sub, createI18n('en'), EXPORT_DAY, 'png')).toContain('_indicator-2-1_');
  });
});
