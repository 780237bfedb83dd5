import type { ReactNode } from 'react';
import { TASK_STATES, type TaskState } from '../../domain/task-state.ts';
import type { StateCounts } from '../../domain/task-state-summary.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { STATE_LABEL_KEYS } from '../shared/task-state-labels.ts';

interface PlanStateCountsProps {
  totals: StateCounts;
  /** The state the task table is filtered to; null for all states. */
  status: TaskState | null;
  onStatus: (status: TaskState | null) => void;
  periodLabel: string;
}

/** How many (task, unit) pairs are in each state as of the period; each count filters the task table. */
export function PlanStateCounts({ totals, status, onStatus, periodLabel }: PlanStateCountsProps): ReactNode {
  const { t } = useI18n();
  return (
    <ul
      className="plan-state-counts"
      data-testid="plan-state-counts"
      aria-label={t('planView.countsLabel', { period: periodLabel })}
    >
      {TASK_STATES.map((state) => (
        <li key={state} className={`state-${state}`} data-state={state}>
          {/* A count is also a shortcut: it filters the task table to that state (again: all states). */}
          <button
            type="button"
            className="plan-state-button"
            aria-pressed={status === state}
            onClick={() => onStatus(status === state ? null : state)}
          >
            <strong>{totals.counts[state]}</strong> {t(STATE_LABEL_KEYS[state])}
          </button>
        </li>
      ))}
    </ul>
  );
}
