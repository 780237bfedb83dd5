import type { ReactNode } from 'react';
import type { NationSort, NationSortKey } from '../../../state/view-params/nation-params.ts';
import '../../../components/data-table.css';

const ARROWS = { ascending: '▲', descending: '▼', none: '↕' } as const;

/** The text of a sort key, to compare two keys. */
export const sortKeyId = (key: NationSortKey): string =>
  typeof key === 'string' ? key : `i:${key.indicator}`;

interface LeagueSortHeaderProps {
  column: NationSortKey;
  sort: NationSort;
  onSort: (column: NationSortKey) => void;
  label: string;
  /** A second, smaller line under the label (e.g. the indicator's name). */
  detail?: string;
  numeric?: boolean;
  testId?: string;
}

/** A column header whose button sorts the table (Enter, Space or click); `aria-sort` says how it is sorted. */
export function LeagueSortHeader({
  column,
  sort,
  onSort,
  label,
  detail,
  numeric = false,
  testId,
}: LeagueSortHeaderProps): ReactNode {
  const state = sortKeyId(sort.key) === sortKeyId(column) ? sort.direction : 'none';
  return (
    <th scope="col" aria-sort={state} className={numeric ? 'numeric' : undefined} data-testid={testId}>
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort(column)}
        onFocus={(event) => event.currentTarget.scrollIntoView({ block: 'nearest', inline: 'nearest' })}
      >
        <span className="sort-label">
          {label}
          {detail === undefined ? null : <span className="th-detail">{detail}</span>}
        </span>
        <span className="sort-arrow" aria-hidden="true">
          {ARROWS[state]}
        </span>
      </button>
    </th>
  );
}
