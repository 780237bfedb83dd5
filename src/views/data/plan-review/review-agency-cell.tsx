// A review row's agencies cell (executing or supervising): one agency a line, saved when the cell loses focus.
import type { ReactNode } from 'react';
import { AGENCY_SEPARATOR } from '../../../ingest/plan-document/plan-tasks.ts';

interface AgencyCellProps {
  agencies: readonly string[];
  /** The textarea's accessible name (the column and the row). */
  label: string;
  /** Whether a change from outside the cell (the confirmation button) shows: the textarea is then remounted. */
  followsOutsideChanges?: boolean;
  onCommit: (text: string) => void;
}

/** The agencies as text, committed on blur. */
export function AgencyCell({
  agencies,
  label,
  followsOutsideChanges = false,
  onCommit,
}: AgencyCellProps): ReactNode {
  const text = agencies.join(AGENCY_SEPARATOR);
  return (
    <td>
      <textarea
        key={followsOutsideChanges ? text : undefined}
        className="plan-input"
        aria-label={label}
        rows={2}
        defaultValue={text}
        onBlur={(event) => onCommit(event.target.value)}
      />
    </td>
  );
}
