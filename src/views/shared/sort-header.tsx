// The sortable column header of every data table (Overview's dimensions, Nationwide's league table).
import type { FocusEvent, ReactNode } from 'react';
import '../../components/data-table.css';

interface SortHeaderProps<K> {
  column: K;
  sort: { readonly key: K; readonly direction: 'ascending' | 'descending' };
  onSort: (column: K) => void;
  /** Whether two keys name the same column (default: ===; object keys compare by their content). */
  sameKey?: (a: K, b: K) => boolean;
  label: string;
  /** A second, smaller line under the label (e.g. the report period). */
  detail?: string;
  numeric?: boolean;
  /** Sits next to the button, outside it (e.g. the sample badge, itself a button). */
  extra?: ReactNode;
  testId?: string;
}

const ARROWS = { ascending: '▲', descending: '▼', none: '↕' } as const;

/**
 * Chromium leaves a header that is partly outside the table's scroll box where it is on focus, ring cut off;
 * scrolling it in ourselves honours its scroll-margin (room for the ring) and the sticky first column.
 */
export const revealInScrollBox = (event: FocusEvent<HTMLElement>): void =>
  event.currentTarget.scrollIntoView({ block: 'nearest', inline: 'nearest' });

/** A column header whose button sorts the table (Enter, Space or click); `aria-sort` says how it is sorted. */
export function SortHeader<K>({
  column,
  sort,
  onSort,
  sameKey = (a, b) => a === b,
  label,
  detail,
  numeric = false,
  extra,
  testId,
}: SortHeaderProps<K>): ReactNode {
  const state = sameKey(sort.key, column) ? sort.direction : 'none';
  return (
    <th scope="col" aria-sort={state} className={numeric ? 'numeric' : undefined} data-testid={testId}>
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort(column)}
        onFocus={revealInScrollBox}
      >
        <span className="sort-label">
          {label}
          {detail === undefined ? null : <span className="th-detail">{detail}</span>}
        </span>
        <span className="sort-arrow" aria-hidden="true">
          {ARROWS[state]}
        </span>
      </button>
      {extra}
    </th>
  );
}
