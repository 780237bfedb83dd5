import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { translate } from '../../src/i18n/translate.ts';
import { vi } from '../../src/i18n/vi.ts';

/** Every area file's exports: `<area>Vi` (the source text) and, in en/, `<area>En` (its translation). */
const areaModules = import.meta.glob<Record<string, unknown>>('../../src/i18n/areas/**/*.ts', {
  eager: true,
});
const areaTexts = (suffix: 'Vi' | 'En'): [string, Readonly<Record<string, string>>][] =>
  Object.entries(areaModules).flatMap(([path, exports]) =>
    Object.entries(exports)
      .filter(([name, value]) => name.endsWith(suffix) && typeof value === 'object' && value !== null)
      .map(([name, value]): [string, Readonly<Record<string, string>>] => [
        `${path}#${name}`,
        value as Readonly<Record<string, string>>,
      ]),
  );

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

  it('is put together from every area file, each message in exactly one area', () => {
    for (const [lang, dictionary, suffix] of [
      ['vi', vi, 'Vi'],
      ['en', en, 'En'],
    ] as const) {
      const areas = areaTexts(suffix);
      expect(areas.length, lang).toBeGreaterThan(10);
      const owners = new Map<string, string>();
      for (const [area, texts] of areas) {
        for (const [key, text] of Object.entries(texts)) {
          expect(owners.get(key), `${key} is defined in ${area} and again`).toBeUndefined();
          owners.set(key, area);
          expect((dictionary as Readonly<Record<string, string>>)[key], `${lang}: ${key} from ${area}`).toBe(
            text,
          );
        }
      }
      expect([...owners.keys()].sort(), lang).toEqual(Object.keys(dictionary).sort());
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
