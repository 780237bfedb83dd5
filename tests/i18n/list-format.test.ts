import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/languages.ts';
import { formatConjunction, LOCALES_JOINED_HERE } from '../../src/i18n/list-format.ts';

describe('formatConjunction', () => {
  it('joins a merged unit’s predecessors as each UI language writes a list', () => {
    const three = ['Đắk Nông', 'Lâm Đồng', 'Bình Thuận'];
    expect(formatConjunction(LOCALES.vi, three)).toBe('Đắk Nông, Lâm Đồng và Bình Thuận');
    expect(formatConjunction(LOCALES.en, three)).toBe('Đắk Nông, Lâm Đồng and Bình Thuận');
  });

  it('joins every UI locale without Intl, and exactly as Intl.ListFormat does, for any list', () => {
    expect([...LOCALES_JOINED_HERE].sort()).toEqual(Object.values(LOCALES).sort());
    for (const locale of Object.values(LOCALES)) {
      const intl = new Intl.ListFormat(locale, { type: 'conjunction' });
      fc.assert(
        fc.property(fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 6 }), (items) => {
          expect(formatConjunction(locale, items)).toBe(intl.format(items));
        }),
      );
    }
  });

  it('asks Intl for a locale the app does not speak (American English writes the serial comma)', () => {
    expect(formatConjunction('en-US', ['A', 'B', 'C'])).toBe('A, B, and C');
  });
});
