// The result as a table that stays fast with 100,000 rows: only the rows in view are in the DOM
// (TanStack Virtual); the header stays on top while the body scrolls under it, and numbers are
// right-aligned and written per locale.

import { useVirtualizer } from '@tanstack/react-virtual';
import type { ReactNode } from 'react';
import { useMemo, useRef } from 'react';
import type { ConsoleCell, ConsoleColumn } from '../../../console/console-query.ts';
import { formatConsoleCell } from './format-cell.ts';

const ROW_HEIGHT_PX = 28;
const SAMPLE_ROWS = 200;
const MIN_COLUMN_CH = 6;
const MAX_COLUMN_CH = 40;

interface ResultsTableProps {
  columns: readonly ConsoleColumn[];
  rows: readonly (readonly ConsoleCell[])[];
  locale: string;
  label: string;
}

/** Column widths in `ch`, from the header and the first rows' text. */
function columnWidths(
  columns: readonly ConsoleColumn[],
  rows: readonly (readonly ConsoleCell[])[],
  locale: string,
): number[] {
  return columns.map((column, c) => {
    let widest = column.name.length;
    for (const row of rows.slice(0, SAMPLE_ROWS)) {
      widest = Math.max(widest, formatConsoleCell(row[c] ?? null, locale).length);
    }
    return Math.min(MAX_COLUMN_CH, Math.max(MIN_COLUMN_CH, widest + 2));
  });
}

/** The virtualised result table. */
export function ResultsTable({ columns, rows, locale, label }: ResultsTableProps): ReactNode {
  const scroller = useRef<HTMLDivElement>(null);
  const template = useMemo(
    () =>
      columnWidths(columns, rows, locale)
        .map((ch) => `${ch}ch`)
        .join(' '),
    [columns, rows, locale],
  );
  // TanStack Virtual hands back functions React Compiler cannot memoise; the table re-renders on scroll anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT_PX,
    overscan: 12,
  });
  const rowStyle = { gridTemplateColumns: template };
  return (
    <div
      ref={scroller}
      className="sql-results"
      role="table"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      tabIndex={0}
      data-testid="sql-console-results"
    >
      <div role="rowgroup" className="sql-results-head">
        <div role="row" aria-rowindex={1} className="sql-results-row" style={rowStyle}>
          {columns.map((column, c) => (
            <div
              key={c}
              role="columnheader"
              className={column.kind === 'number' ? 'sql-results-cell is-number' : 'sql-results-cell'}
            >
              {column.name}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="sql-results-body" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index] ?? [];
          return (
            <div
              key={item.key}
              role="row"
              aria-rowindex={item.index + 2}
              className="sql-results-row"
              data-testid="sql-console-row"
              style={{ ...rowStyle, height: ROW_HEIGHT_PX, transform: `translateY(${item.start}px)` }}
            >
              {columns.map((column, c) => (
                <div
                  key={c}
                  role="cell"
                  className={column.kind === 'number' ? 'sql-results-cell is-number' : 'sql-results-cell'}
                >
                  {formatConsoleCell(row[c] ?? null, locale)}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
