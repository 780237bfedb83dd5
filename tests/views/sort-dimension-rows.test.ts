import { describe, expect, it } from 'vitest';
import type { DimensionStanding } from '../../src/domain/types.ts';
import {
  DEFAULT_DIMENSION_SORT,
  nextDimensionSort,
  sortDimensionRows,
} from '../../src/views/overview/sort-dimension-rows.ts';

/** A standing with only what the order reads; the rest is filler. */
function row(
  indicator: string,
  fields: Partial<DimensionStanding> & Pick<DimensionStanding, 'rank' | 'scoredCount' | 'gapToMedian'>,
): DimensionStanding {
  return {
    indicator,
    year: 2018,
    score: 5,
    previousScore: null,
    comparableWithPrevious: false,
    change: null,
    nationalMedian: 5,
    nationalMin: 4,
    nationalMax: 6,
    planTargetYear: null,
    completionRate: null,
    taskCount: 0,
    progressPeriod: null,
    progressIsSample: false,
    ...fields,
  };
}

const codes = (rows: readonly DimensionStanding[]): string[] => rows.map((r) => r.indicator);

// 2018 as the data has it: dimensions 1-6 out of 63 provinces, 7-8 out of 61.
const rows2018 = [
  row('1', { rank: 62, scoredCount: 63, gapToMedian: -0.4, score: 4.6, previousScore: 4.9 }),
  row('2', { rank: 21, scoredCount: 61, gapToMedian: 0.2, score: 5.2 }),
  row('7', { rank: 61, scoredCount: 61, gapToMedian: -0.3, score: 4.7 }),
  row('8', { rank: 40, scoredCount: 63, gapToMedian: -0.1, score: 4.9, completionRate: 0.5 }),
  row('3', {
    rank: 40,
    scoredCount: 63,
    gapToMedian: -0.2,
    score: 4.8,
    previousScore: 4.0,
    comparableWithPrevious: true,
    change: 0.8,
    completionRate: 0.25,
  }),
];

describe('sortDimensionRows', () => {
  it('puts the lowest standing among provinces on top by default, reading rank against its own count', () => {
    // 61/61 is last of all; 62/63 is second to last; equal ranks: the one further below the median first.
    expect(codes(sortDimensionRows(rows2018))).toEqual(['7', '1', '3', '8', '2']);
    expect(DEFAULT_DIMENSION_SORT).toEqual({ key: 'rank', direction: 'descending' });
  });

  it('sorts by score either way', () => {
    expect(codes(sortDimensionRows(rows2018, { key: 'score', direction: 'ascending' }))).toEqual([
      '1',
      '7',
      '3',
      '8',
      '2',
    ]);
    expect(codes(sortDimensionRows(rows2018, { key: 'score', direction: 'descending' }))).toEqual([
      '2',
      '8',
      '3',
      '7',
      '1',
    ]);
  });

  it('keeps rows without a comparable change last in both directions', () => {
    // Dimension 1 has a previous score but is not comparable: it has no change to sort by.
    const ascending = codes(sortDimensionRows(rows2018, { key: 'change', direction: 'ascending' }));
    const descending = codes(sortDimensionRows(rows2018, { key: 'change', direction: 'descending' }));
    expect(ascending[0]).toBe('3');
    expect(descending[0]).toBe('3');
    expect(ascending.slice(1)).toEqual(['1', '7', '8', '2']);
    expect(descending.slice(1)).toEqual(['1', '7', '8', '2']);
  });

  it('keeps dimensions without a completion rate last, and sorts the rest', () => {
    expect(codes(sortDimensionRows(rows2018, { key: 'completion', direction: 'descending' }))).toEqual([
      '8',
      '3',
      '1',
      '7',
      '2',
    ]);
  });

  it('sorts by dimension code in numeric order', () => {
    const many = [...rows2018, row('10', { rank: 1, scoredCount: 63, gapToMedian: 1 })];
    expect(codes(sortDimensionRows(many, { key: 'dimension', direction: 'ascending' }))).toEqual([
      '1',
      '2',
      '3',
      '7',
      '8',
      '10',
    ]);
  });

  it('does not change the rows it is given', () => {
    const before = codes(rows2018);
    sortDimensionRows(rows2018, { key: 'gap', direction: 'descending' });
    expect(codes(rows2018)).toEqual(before);
  });
});

describe('nextDimensionSort', () => {
  it('flips the direction of the sorted column and starts a new column ascending', () => {
    expect(nextDimensionSort(DEFAULT_DIMENSION_SORT, 'rank')).toEqual({
      key: 'rank',
      direction: 'ascending',
    });
    expect(nextDimensionSort({ key: 'rank', direction: 'ascending' }, 'rank')).toEqual({
      key: 'rank',
      direction: 'descending',
    });
    expect(nextDimensionSort(DEFAULT_DIMENSION_SORT, 'score')).toEqual({
      key: 'score',
      direction: 'ascending',
    });
  });
});
