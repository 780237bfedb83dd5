// The row count a large scores file is held to (max-import-rows.ts) counts its lines as a reader splits them:
// a break ends a line, a last line without one still counts, and the lines a header takes are left out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLinesAfter } from '../../../src/ingest/read/max-import-rows.ts';

/** The lines of `text` split at its breaks, the empty piece after a last break left out. */
const linesOf = (text: string): number =>
  text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

const fileText = fc.string({ unit: fc.constantFrom('\n', '\r\n', 'a', ';', 'Đắk Nông', '5,23', ' ', '\r') });

describe('countLinesAfter', () => {
  it('counts the lines a reader splits the text into, less the skipped ones', () => {
    fc.assert(
      fc.property(fileText, fc.nat({ max: 5 }), (text, skip) => {
        expect(countLinesAfter(new TextEncoder().encode(text), skip)).toBe(Math.max(0, linesOf(text) - skip));
      }),
    );
  });

  it('counts a last line without a break, and never a line after the last break', () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    expect(countLinesAfter(encode('Tỉnh;Năm\r\nA;2024\r\nB;2024'), 1)).toBe(2);
    expect(countLinesAfter(encode('Tỉnh;Năm\r\nA;2024\r\nB;2024\r\n'), 1)).toBe(2);
    expect(countLinesAfter(encode(''), 0)).toBe(0);
  });
});
