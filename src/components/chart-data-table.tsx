import type { ReactNode } from 'react';
import { useId } from 'react';
import type { ChartTable } from '../charts/chart-spec.ts';
import './chart-data-table.css';

interface ChartDataTableProps {
  table: ChartTable;
  testId: string;
}

/**
 * A chart's own data as an HTML table: what keyboard and screen-reader users get instead of the canvas.
 * The scroll box is focusable so a keyboard can scroll a table wider than a phone; the row headers stay put.
 */
export function ChartDataTable({ table, testId }: ChartDataTableProps): ReactNode {
  const captionId = useId();
  return (
    <div className="chart-data-table-scroll" role="group" aria-labelledby={captionId} tabIndex={0}>
      <table className="chart-data-table" data-testid={testId}>
        <caption id={captionId} className="chart-data-table-caption">
          {table.caption}
        </caption>
        <thead>
          <tr>
            {table.columns.map((column, index) => (
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.header}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, index) => (
                <td key={index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
