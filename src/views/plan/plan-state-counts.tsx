import type { ReactNode } from 'react';
import { TASK_STATES, type TaskState } from '../../domain/task-state.ts';
import type { TaskStateCounts } from '../../domain/task-state-task-counts.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { pluralCategory } from '../../i18n/plural.ts';
import { STATE_LABEL_KEYS } from '../shared/task-state-labels.ts';

interface PlanStateCountsProps {
  counts: TaskStateCounts;
  /** The state the task table is filtered to; null for all states. */
  status: TaskState | null;
  onStatus: (status: TaskState | null) => void;
  periodLabel: string;
}

/**
 * Per state as of the period, the tasks in it out of all ("6/33 nhiệm vụ", as leaders count them) and then
 * the task-unit pairs, each count naming its unit; the counting rule is stated under them. Each count
 * filters the task table to that state, whose "x/33 nhiệm vụ" then shows the same number.
 */
export function PlanStateCounts({ counts, status, onStatus, periodLabel }: PlanStateCountsProps): ReactNode {
  const { t, locale } = useI18n();
  const pairsKey = (count: number) =>
    pluralCategory(locale, count) === 'one' ? 'planView.counts.pairs.one' : 'planView.counts.pairs.other';
  return (
    <>
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
              <strong data-testid="plan-state-tasks">
                {t('planView.counts.tasks', { count: counts.tasks[state], total: counts.taskCount })}
              </strong>
              <span className="plan-state-name">{t(STATE_LABEL_KEYS[state])}</span>
              <span className="plan-state-pairs" data-testid="plan-state-pairs">
                {t(pairsKey(counts.pairs[state]), { count: counts.pairs[state] })}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <p className="plan-count-rule" data-testid="plan-count-rule">
        {t('planView.counts.rule', { tasks: counts.taskCount, pairs: counts.pairCount })}
      </p>
    </>
  );
}
