import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import {
  decimalSignOf,
  formatNumber,
  formatPercent,
  formatRank,
  formatSignedNumber,
} from '../../src/i18n/format.ts';

describe('formatNumber', () => {
  it('writes a decimal comma in Vietnamese and a point in English', () => {
    expect(formatNumber('vi', 38.97)).toBe('38,97');
    expect(formatNumber('en', 38.97)).toBe('38.97');
  });

  it('groups thousands with a point in Vietnamese and a comma in English', () => {
    expect(formatNumber('vi', 1234.5)).toBe('1.234,50');
    expect(formatNumber('en', 1234.5)).toBe('1,234.50');
  });

  it('pads to two decimals', () => {
    expect(formatNumber('vi', 40.5)).toBe('40,50');
  });

  it('prints a missing value as a dash, never as zero', () => {
    expect(formatNumber('vi', null)).toBe('—');
    expect(formatNumber('en', undefined)).toBe('—');
    expect(formatNumber('en', Number.NaN)).toBe('—');
  });
});

describe('formatSignedNumber', () => {
  it('shows a plus for a gain and a true minus for a loss', () => {
    expect(formatSignedNumber('vi', 1.57)).toBe('+1,57');
    expect(formatSignedNumber('vi', -1.57)).toBe('\u22121,57');
    expect(formatSignedNumber('en', -1.57)).toBe('\u22121.57');
  });

  it('shows no sign for zero and a dash for missing', () => {
    expect(formatSignedNumber('en', 0)).toBe('0.00');
    expect(formatSignedNumber('vi', null)).toBe('—');
  });
});

describe('formatPercent', () => {
  it('formats a share as a whole percentage by default, decimals on request', () => {
    expect(formatPercent('vi', 0.72)).toBe('72%');
    expect(formatPercent('en', 0.72)).toBe('72%');
    expect(formatPercent('vi', 0.725, 1)).toBe('72,5%');
    expect(formatPercent('en', 0.725, 1)).toBe('72.5%');
    expect(formatPercent('vi', null)).toBe('—');
  });
});

describe('formatRank', () => {
  it('writes rank out of the scored count', () => {
    expect(formatRank(58, 61)).toBe('58/61');
    expect(formatRank(null, 61)).toBe('—');
  });
});

describe('createI18n', () => {
  it('binds the language to t and the formatters', () => {
    const i18n = createI18n('en');
    expect(i18n.t('group.upper_middle')).toBe('Upper-middle');
    expect(i18n.formatNumber(40.54)).toBe('40.54');
    expect(createI18n('vi').t('group.upper_middle')).toBe('Trung bình cao');
  });
});

describe('decimalSignOf', () => {
  it('is the sign each language writes its numbers with, which every CSV of that language then uses', () => {
    expect(decimalSignOf('vi')).toBe(',');
    expect(decimalSignOf('en')).toBe('.');
  });
});
