import { describe, expect, it } from 'vitest';
import { arrowTableToRows, toPlainValue, type ArrowTableLike } from '../../src/db/arrow-rows.ts';

const INT = { typeId: 2 };
const DECIMAL = { typeId: 7, scale: 2 };
const DATE = { typeId: 8 };
const TIMESTAMP = { typeId: 10 };

describe('toPlainValue', () => {
  it('turns BigInt into numbers and undefined into null', () => {
    expect(toPlainValue(42n, INT)).toBe(42);
    expect(toPlainValue(undefined, INT)).toBeNull();
  });

  it('turns dates (epoch ms or Date) into YYYY-MM-DD and timestamps into ISO strings', () => {
    expect(toPlainValue(Date.UTC(2024, 8, 30), DATE)).toBe('2024-09-30');
    expect(toPlainValue(new Date(Date.UTC(2024, 11, 31)), DATE)).toBe('2024-12-31');
    expect(toPlainValue(Date.UTC(2026, 0, 6, 12), TIMESTAMP)).toBe('2026-01-06T12:00:00.000Z');
  });

  it('scales raw decimals and keeps decimals already cast to double', () => {
    expect(toPlainValue({ toString: () => '3897' }, DECIMAL)).toBe(38.97);
    expect(toPlainValue(38.97, DECIMAL)).toBe(38.97);
  });
});

describe('arrowTableToRows', () => {
  it('reads every row by column name', () => {
    const columns = [
      [1n, 2n],
      ['a', null],
    ];
    const table: ArrowTableLike = {
      numRows: 2,
      schema: {
        fields: [
          { name: 'n', type: INT },
          { name: 's', type: { typeId: 5 } },
        ],
      },
      getChildAt: (i) => ({ get: (j) => columns[i]?.[j] }),
    };
    expect(arrowTableToRows(table)).toEqual([
      { n: 1, s: 'a' },
      { n: 2, s: null },
    ]);
  });
});
