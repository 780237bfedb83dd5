import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal, intlOptions, type DecimalStyle } from '../../src/i18n/decimal-format.ts';
import { LANGUAGES, LOCALES } from '../../src/i18n/languages.ts';

/** What Intl.NumberFormat writes for the same style: the rule formatDecimal must follow. */
const intl = (locale: string, value: number, style: DecimalStyle): string =>
  new Intl.NumberFormat(locale, intlOptions(style)).format(value);

const styles = fc.record({
  digits: fc.integer({ min: 0, max: 4 }),
  sign: fc.constantFrom<DecimalStyle['sign']>('auto', 'exceptZero'),
  percent: fc.boolean(),
});
/** Any finite double, and short decimals (scores, shares, ties such as 1.005 and 0.125) which ICU rounds from their shortest form. */
const values = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc
    .tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 7 }))
    .map(([n, k]) => n / 10 ** k),
  fc.constantFrom(0, -0, 1.005, 2.675, 0.125, 999.995, 0.725, 1e-7, 1e21, 38.97, 40.54),
);

describe('formatDecimal', () => {
  it('writes any finite number as Intl.NumberFormat does, in every UI language and style', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LANGUAGES), values, styles, (lang, value, style) => {
        expect(formatDecimal(lang, value, style)).toBe(intl(LOCALES[lang], value, style));
      }),
      { numRuns: 20_000 },
    );
  });

  it('rounds half away from zero from the shortest decimal, not from the binary value', () => {
    const plain = { digits: 2, sign: 'auto', percent: false } as const;
    expect(formatDecimal('vi', 1.005, plain)).toBe('1,01');
    expect(formatDecimal('en', -2.675, plain)).toBe('-2.68');
    expect(formatDecimal('vi', 0.725, { digits: 0, sign: 'auto', percent: true })).toBe('73%');
    expect(formatDecimal('en', 999.995, plain)).toBe('1,000.00');
  });
});
