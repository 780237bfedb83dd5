import { describe, expect, it } from 'vitest';
import { normaliseIndicatorCode } from '../../src/ingest/read/indicator-code.ts';
import { createProvinceMatcher } from '../../src/ingest/read/match-province.ts';
import { BUNDLED_CONTEXT } from './import-test-context.ts';

describe('normaliseIndicatorCode', () => {
  const codes = BUNDLED_CONTEXT.indicators.map((indicator) => indicator.code);
  it.each([
    ['1.1', '1.1'],
    ['1,1', '1.1'], // typed on a Vietnamese machine
    ['1.10', '1.1'], // the number 1.1 formatted with two decimals: no code 1.10 exists
    ['1,10', '1.1'],
    ['8', '8'],
    ['8.0', '8'],
    ['TOTAL', 'total'],
    ['9.9', null],
    ['1.1.1', null],
  ])('reads %j as %s', (text, code) => {
    expect(normaliseIndicatorCode(text, codes)).toBe(code);
  });

  it('refuses a number two known codes share (1.1 and 1.10 both exist)', () => {
    expect(normaliseIndicatorCode('1.10', ['1.1', '1.10'])).toBe('1.10'); // exact wins
    expect(normaliseIndicatorCode('1,10', ['1.1', '1.10'])).toBeNull();
    expect(normaliseIndicatorCode('1,1', ['1.1', '1.10'])).toBeNull();
  });
});

describe('province matcher', () => {
  const match = createProvinceMatcher(BUNDLED_CONTEXT.provinces);
  it.each([
    ['P43', 'P43'],
    ['p43', 'P43'],
    ['Đắk Nông', 'P43'],
    ['Dak Nong', 'P43'],
    ['DAK NONG', 'P43'],
    ['Tỉnh Đắk Nông', 'P43'],
    ['Hanoi', 'P01'],
    ['Thành phố Hà Nội', 'P01'],
    ['TP. Hồ Chí Minh', 'P50'],
    ['Ho Chi Minh City', 'P50'],
    ['Thua Thien-Hue', 'P31'],
    ['Hoà Bình', 'P11'], // old-style tone placement
  ])('finds %j as %s', (text, code) => {
    expect(match(text)).toEqual({ ok: true, code });
  });

  it.each([
    ['Dak Nog', 'Đắk Nông'],
    ['Ha Noii', 'Hà Nội'],
    ['Atlantis', null],
  ])('suggests the nearest name for unknown %j: %s', (text, suggestion) => {
    expect(match(text)).toEqual({ ok: false, suggestion });
  });
});
