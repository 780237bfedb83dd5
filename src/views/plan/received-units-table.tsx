// The received panel's units table: each unit's tasks reported, first report date and state, sortable by
// any column (domain/report-received.ts sortReceipts), in a scroll region on a narrow screen.
import type { ReactNode } from 'react';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { sortReceipts, type ReceiptSortKey, type UnitReceipt } from '../../domain/report-received.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { formatIsoDate } from './state-labels.ts';
import '../../components/data-table.css';

const COLUMNS: readonly { key: ReceiptSortKey; label: 'unit' | 'reported' | 'date' | 'state' }[] = [
  { key: 'unit', label: 'unit' },
  { key: 'reported', label: 'reported' },
  { key: 'date', label: 'date' },
  { key: 'state', label: 'state' },
];
const ARROWS = { asc: '▲', desc: '▼', none: '↕' } as const;

/** The units, sorted as the user chose (by state first: the missing units lead). */
export function ReceivedUnitsTable({
  units,
  caption,
  sort,
  onSort,
}: {
  units: readonly UnitReceipt[];
  caption: string;
  sort: ReceivedSort;
  onSort: (sort: ReceivedSort) => void;
}): ReactNode {
  const { t } = useI18n();
  const sorted = sortReceipts(units, sort.key, sort.direction);
  return (
    <ScrollRegion label={caption} hint={t('received.scrollHint')} testId="received-scroll">
      <table className="data-table" data-testid="received-units-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const active = sort.key === column.key;
              const direction = active ? sort.direction : 'none';
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
                  className={column.key === 'reported' ? 'numeric' : undefined}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() =>
                      onSort({
                        key: column.key,
                        direction: active && sort.direction === 'asc' ? 'desc' : 'asc',
                      })
                    }
                  >
                    <span className="sort-label">{t(`received.column.${column.label}`)}</span>
                    <span className="sort-arrow" aria-hidden="true">
                      {ARROWS[direction]}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((unit) => (
            <tr key={unit.unit} data-testid="received-unit-row" data-state={unit.state}>
              <th scope="row">{unit.unit}</th>
              <td className="numeric">
                {t('received.reportedOf', { reported: unit.reportedTasks, tasks: unit.tasks })}
              </td>
              <td>{formatIsoDate(unit.firstReportedOn)}</td>
              <td className={`received-state is-${unit.state}`}>{t(`received.state.${unit.state}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The table's sort: a column and a direction. */
export interface ReceivedSort {
  key: ReceiptSortKey;
  direction: 'asc' | 'desc';
}
