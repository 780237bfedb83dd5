// The dimension table's order: one stated default (weakest relative to other provinces first), and a sort
// by any column the reader picks. Pure, so the order is tested in Node.
import type { DimensionStanding } from '../../domain/types.ts';

/** The table's sortable columns. */
export const DIMENSION_SORT_KEYS = ['dimension', 'score', 'change', 'rank', 'gap', 'completion'] as const;
export type DimensionSortKey = (typeof DIMENSION_SORT_KEYS)[number];

export type SortDirection = 'ascending' | 'descending';

export interface DimensionSort {
  key: DimensionSortKey;
  direction: SortDirection;
}

/**
 * The stated default: the lowest standing among provinces on top. Rank is read relative to the number of
 * provinces scored on that dimension (62/63 stands above 21/61, and 61/61 above 62/63).
 */
export const DEFAULT_DIMENSION_SORT: DimensionSort = { key: 'rank', direction: 'descending' };

/** Share of scored provinces at or ahead of this one: 1/61 → 0, 61/61 → 1. */
const relativeRank = (row: DimensionStanding): number =>
  row.scoredCount <= 1 ? 0 : (row.rank - 1) / (row.scoredCount - 1);

/** Dimension codes in their natural order ('2' before '10'). */
const codeNumber = (row: DimensionStanding): number => {
  const n = Number(row.indicator);
  return Number.isFinite(n) ? n : Number.POSITIVE_INFINITY;
};

/** The value a column sorts by; null sorts last in both directions. */
export function sortValue(row: DimensionStanding, key: DimensionSortKey): number | null {
  switch (key) {
    case 'dimension':
      return codeNumber(row);
    case 'score':
      return row.score;
    case 'change':
      return row.change;
    case 'rank':
      return relativeRank(row);
    case 'gap':
      return row.gapToMedian;
    case 'completion':
      return row.completionRate;
  }
}

/**
 * The rows sorted by `sort`: missing values last whatever the direction; ties by gap to the median
 * (most below first), then by dimension code, so the order is always the same.
 */
export function sortDimensionRows(
  rows: readonly DimensionStanding[],
  sort: DimensionSort = DEFAULT_DIMENSION_SORT,
): DimensionStanding[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = sortValue(a, sort.key);
    const vb = sortValue(b, sort.key);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
    } else if (va !== vb) {
      return (va - vb) * sign;
    }
    if (a.gapToMedian !== b.gapToMedian) return a.gapToMedian - b.gapToMedian;
    return codeNumber(a) - codeNumber(b);
  });
}

/** The sort after the reader activates `key`'s header: the same column flips, a new one starts ascending. */
export function nextDimensionSort(current: DimensionSort, key: DimensionSortKey): DimensionSort {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** True when `sort` is the stated default order. */
export const isDefaultDimensionSort = (sort: DimensionSort): boolean =>
  sort.key === DEFAULT_DIMENSION_SORT.key && sort.direction === DEFAULT_DIMENSION_SORT.direction;
