import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv, parseCsvRecords } from '../../data/scripts/lib/csv.ts';

describe('formatCsv', () => {
  it('quotes fields with commas, quotes and newlines, and nothing else', () => {
    expect(
      formatCsv(
        ['a', 'b'],
        [
          ['x, y', 'say "hi"'],
          ['line 1\nline 2', 'plain'],
        ],
      ),
    ).toBe('a,b\n"x, y","say ""hi"""\n"line 1\nline 2",plain\n');
  });

  it('reads back what it writes', () => {
    const rows = [['Sở Tài chính; Sở Xây dựng', '- Một;\n- Hai.', '"trích"', '']];
    expect(parseCsv(formatCsv(['a', 'b', 'c', 'd'], rows))).toEqual([['a', 'b', 'c', 'd'], ...rows]);
  });
});

describe('parseCsv', () => {
  it('accepts a BOM, CRLF and blank lines', () => {
    expect(parseCsv('\uFEFFa,b\r\n1,2\r\n\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('rejects an unterminated quoted field', () => {
    expect(() => parseCsv('a\n"open')).toThrow(/quoted field/);
  });

  it('fails on a missing column when reading records', () => {
    expect(() => parseCsvRecords('a,b\n1,2\n', ['a', 'c'])).toThrow(/no column "c"/);
  });
});
