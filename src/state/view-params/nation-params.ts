// The Nationwide view's URL parameters: `indicator` (the league table's headline column), `region` (a filter),
// `sort` (column and direction, e.g. `2:desc`) and `compare` (2-6 province codes).
import { defineViewParams, optionalTextField, type ParamField } from '../view-param-codec.ts';

export type SortDirection = 'ascending' | 'descending';

/** A league-table column: the rank, the province's name, an indicator's score, or the change columns. */
export type NationSortKey = 'rank' | 'name' | 'change' | 'rankChange' | { indicator: string };

export interface NationSort {
  key: NationSortKey;
  direction: SortDirection;
}

export interface NationParams {
  indicator: string;
  /** A region as provinces.region names it; null: the whole country. */
  region: string | null;
  sort: NationSort;
  /** Province codes to compare side by side, upper-cased, deduplicated, at most MAX_COMPARED. */
  compare: readonly string[];
}

export const NATION_DEFAULT_INDICATOR = 'total';
export const DEFAULT_NATION_SORT: NationSort = { key: 'rank', direction: 'ascending' };
/** The most provinces compared at once (the issue: 2-6). */
export const MAX_COMPARED = 6;

const NAMED_KEYS = ['rank', 'name', 'change', 'rankChange'] as const;
const INDICATOR_KEY_PREFIX = 'i';

const sortKeyText = (key: NationSortKey): string =>
  typeof key === 'string' ? key : `${INDICATOR_KEY_PREFIX}${key.indicator}`;

const sameSort = (a: NationSort, b: NationSort): boolean =>
  sortKeyText(a.key) === sortKeyText(b.key) && a.direction === b.direction;

/** `rank`, `name:desc`, `i2.3:desc`: the column, then `:asc` (left out) or `:desc`. */
const sortField: ParamField<NationSort> = {
  read: (raw) => {
    const [keyText = '', directionText = 'asc'] = (raw?.trim() ?? '').split(':');
    const direction: SortDirection | null =
      directionText === 'asc' ? 'ascending' : directionText === 'desc' ? 'descending' : null;
    const named = NAMED_KEYS.find((key) => key === keyText);
    const indicator =
      keyText.startsWith(INDICATOR_KEY_PREFIX) && /^i[\w.]+$/.test(keyText) ? keyText.slice(1) : null;
    const key: NationSortKey | null = named ?? (indicator === null ? null : { indicator });
    return key === null || direction === null ? DEFAULT_NATION_SORT : { key, direction };
  },
  write: (sort) =>
    sameSort(sort, DEFAULT_NATION_SORT)
      ? null
      : `${sortKeyText(sort.key)}${sort.direction === 'descending' ? ':desc' : ''}`,
};

const indicatorField: ParamField<string> = {
  read: (raw) => {
    const code = raw?.trim() ?? '';
    return code === '' ? NATION_DEFAULT_INDICATOR : code;
  },
  write: (code) => (code === NATION_DEFAULT_INDICATOR ? null : code),
};

/** Codes upper-cased, deduplicated, in link order, the first MAX_COMPARED; whether they exist is checked later. */
const compareField: ParamField<readonly string[]> = {
  read: (raw) =>
    [...new Set((raw ?? '').split(',').map((code) => code.trim().toUpperCase()))]
      .filter((code) => code !== '')
      .slice(0, MAX_COMPARED),
  write: (codes) => (codes.length === 0 ? null : codes.join(',')),
};

export const nationParamsCodec = defineViewParams<NationParams>({
  indicator: indicatorField,
  region: optionalTextField,
  sort: sortField,
  compare: compareField,
});
