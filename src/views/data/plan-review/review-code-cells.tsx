// A review row's dimension and sub-dimension cells: each a list of the PAPI codes, the sub-dimensions limited to
// the row's dimension.
import type { ReactNode } from 'react';
import type { IndicatorName } from '../../../ingest/plan-document/match-indicator.ts';
import type { PlanTaskDraft } from '../../../ingest/plan-document/plan-task-draft.ts';
import '../../../components/muted-text.css';

interface CodeCellProps {
  task: PlanTaskDraft;
  /** The indicators of the cell's level. */
  options: readonly IndicatorName[];
  /** The select's accessible name (the column and the row). */
  label: string;
  onChange: (code: string) => void;
}

/** A select of codes whose first option is none. */
function CodeSelect({
  value,
  label,
  onChange,
  children,
}: Pick<CodeCellProps, 'label' | 'onChange'> & { value: string; children: ReactNode }): ReactNode {
  return (
    <select
      className="select"
      aria-label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">—</option>
      {children}
    </select>
  );
}

/** The row's dimension: a code, or none. */
export function DimensionCell({ task, options, label, onChange }: CodeCellProps): ReactNode {
  return (
    <td>
      <CodeSelect value={task.dimension} label={label} onChange={onChange}>
        {options.map((dimension) => (
          <option key={dimension.code} value={dimension.code} title={dimension.nameVi}>
            {dimension.code}
          </option>
        ))}
      </CodeSelect>
    </td>
  );
}

/** The row's sub-dimension: those of its dimension (and the one it has), with the label the document gave. */
export function SubdimensionCell({ task, options, label, onChange }: CodeCellProps): ReactNode {
  return (
    <td>
      <CodeSelect value={task.subdimension} label={label} onChange={onChange}>
        {options
          .filter((sub) => sub.code.startsWith(`${task.dimension}.`) || sub.code === task.subdimension)
          .map((sub) => (
            <option key={sub.code} value={sub.code}>
              {sub.code} {sub.nameVi}
            </option>
          ))}
      </CodeSelect>
      {task.subdimensionLabel === '' ? null : <p className="plan-label muted">{task.subdimensionLabel}</p>}
    </td>
  );
}
