import type { NationSortKey } from '../../../state/view-params/nation-params.ts';

/** The text of a sort key, to compare two keys. */
export const sortKeyId = (key: NationSortKey): string =>
  typeof key === 'string' ? key : `i:${key.indicator}`;

/** Whether two sort keys name the same column (SortHeader's sameKey). */
export const sameSortKey = (a: NationSortKey, b: NationSortKey): boolean => sortKeyId(a) === sortKeyId(b);
