// The one CSV writer: what every downloaded CSV (chart, console result, import problems, templates) shares.
import { describe, expect, it } from 'vitest';
import {
  COMMA_CSV_STYLE,
  csvDataUrl,
  csvStyleFor,
  csvField,
  csvText,
  neutraliseFormula,
  type CsvStyle,
} from '../../src/export/csv-writer.ts';

const SEMICOLON: CsvStyle = { delimiter: ';', decimal: ',' };

describe('neutraliseFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['+1 555', "'+1 555"],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['-cmd|calc', "'-cmd|calc"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['-', "'-"],
    ['Đắk Nông', 'Đắk Nông'],
  ])('neutralises %j against formula injection', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });

  it.each(['-0,5', '-3.5', '-12', '40,54'])('leaves the number %j a number', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });
});

describe('csvField', () => {
  it('quotes a field holding the delimiter, a quote or a line break, and only then', () => {
    expect(csvField('a,b', COMMA_CSV_STYLE)).toBe('"a,b"');
    expect(csvField('a,b', SEMICOLON)).toBe('a,b');
    expect(csvField('a;b', SEMICOLON)).toBe('"a;b"');
    expect(csvField('say "x"', COMMA_CSV_STYLE)).toBe('"say ""x"""');
    expect(csvField('line\nbreak', COMMA_CSV_STYLE)).toBe('"line\nbreak"');
    expect(csvField('\r=1', COMMA_CSV_STYLE)).toBe('"\'\r=1"');
  });

  it('writes numbers with the style’s decimal sign, and a negative one as a number', () => {
    expect(csvField(-3.5, COMMA_CSV_STYLE)).toBe('-3.5');
    expect(csvField(-3.5, SEMICOLON)).toBe('-3,5');
    expect(csvField(12, COMMA_CSV_STYLE)).toBe('12');
    expect(csvField(Number.NaN, COMMA_CSV_STYLE)).toBe('');
  });

  it('writes null as an empty field and booleans as TRUE/FALSE', () => {
    expect(csvField(null, SEMICOLON)).toBe('');
    expect(csvField(true, SEMICOLON)).toBe('TRUE');
    expect(csvField(false, SEMICOLON)).toBe('FALSE');
  });
});

describe('csvText', () => {
  it('starts with a BOM and ends every line, empty ones included, with CRLF', () => {
    expect(csvText([['a', 'b'], [], ['c', 1.5]], SEMICOLON)).toBe('\uFEFFa;b\r\n\r\nc;1,5\r\n');
  });

  it('pairs the decimal comma with ; between fields', () => {
    expect(csvStyleFor(',')).toEqual({ decimal: ',', delimiter: ';' });
    expect(csvStyleFor('.')).toEqual({ decimal: '.', delimiter: ',' });
  });

  it('makes a data: URL that decodes back to the same text', () => {
    const text = csvText([['Đắk Nông', '#1 & 2']], COMMA_CSV_STYLE);
    const url = csvDataUrl(text);
    expect(url.startsWith('data:text/csv;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(url.slice('data:text/csv;charset=utf-8,'.length))).toBe(text);
  });
});
