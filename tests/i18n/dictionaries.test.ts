import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { translate } from '../../src/i18n/translate.ts';
import { vi } from '../../src/i18n/vi.ts';

const placeholdersOf = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('dictionaries', () => {
  it('gives English exactly the Vietnamese keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(placeholdersOf(en[key]), key).toEqual(placeholdersOf(vi[key]));
    }
  });

  it('leaves no message empty', () => {
    for (const text of [...Object.values(vi), ...Object.values(en)]) expect(text.trim()).not.toBe('');
  });
});

describe('translate', () => {
  it('fills {name} placeholders', () => {
    expect(translate(vi, 'chart.trend.title', { province: 'Đắk Nông', from: 2011, to: 2024 })).toBe(
      'Đắk Nông: điểm PAPI tổng hợp 2011–2024',
    );
  });

  it('keeps a placeholder visible when its value is missing', () => {
    expect(translate(en, 'status.noScore', { province: 'X' })).toBe('X has no total score for {year}.');
  });

  it('returns the text unchanged without arguments', () => {
    expect(translate(vi, 'sample.badge')).toBe('Dữ liệu minh họa');
    expect(translate(en, 'sample.badge')).toBe('Sample data');
  });
});
