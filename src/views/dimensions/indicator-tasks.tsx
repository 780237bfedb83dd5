import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { buildSourceLine } from '../../charts/build-source-line.ts';
import { ProgressSampleBadge } from '../../components/progress-sample-badge.tsx';
import { TASK_STATES } from '../../domain/task-state.ts';
import type { StateCounts } from '../../domain/task-state-summary.ts';
import type { Indicator } from '../../domain/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { usePlanTasks, type PlanTaskWithProgress } from '../../queries/plan-tasks.ts';
import { useProgressProvenance } from '../../queries/progress-provenance.ts';
import { StateTag } from '../shared/state-tag.tsx';
import { filterTasksForIndicator } from './tasks-for-indicator.ts';
import { useLatestTaskStates, type LatestTaskStates } from './use-latest-task-states.ts';
import '../../components/figure.css';

/** The task's states in the Plan view's words, each with its number of (task, unit) pairs. */
function TaskStates({ counts }: { counts: StateCounts | undefined }): ReactNode {
  if (counts === undefined) return null;
  const shown = TASK_STATES.filter((state) => counts.counts[state] > 0);
  return (
    <div className="dimensions-task-states" data-testid="indicator-task-states">
      {shown.map((state) => (
        <StateTag key={state} state={state} count={counts.counts[state]} />
      ))}
    </div>
  );
}

interface IndicatorTasksProps {
  tasks: readonly PlanTaskWithProgress[];
  heading: string;
  /** Each task's (task, unit) states as the Plan view judges them at the latest period; null while loading. */
  states: LatestTaskStates | null;
}

/** The plan's tasks under the indicator with their latest reported state; sample progress says so. */
export function IndicatorTasks({ tasks, heading, states }: IndicatorTasksProps): ReactNode {
  const i18n = useI18n();
  const { t } = i18n;
  const progress = useProgressProvenance().data ?? null;
  const source = buildSourceLine(t, progress ?? { isSample: false, source: null });
  const status = (task: PlanTaskWithProgress): string => {
    if (task.neverReported || task.period === null) return t('dimensions.tasks.neverReported');
    return t('dimensions.tasks.status', {
      done: task.pairsDone,
      units: task.pairCount,
      period: i18n.formatPeriod(task.period),
    });
  };
  return (
    <section className="figure" aria-labelledby="dimensions-tasks-heading" data-testid="indicator-tasks">
      <div className="figure-header">
        <h2 id="dimensions-tasks-heading" className="figure-heading">
          {heading}
        </h2>
        <ProgressSampleBadge provenance={progress} testId="dimensions-sample-badge" />
      </div>
      <p className="figure-subtitle">{t('dimensions.tasks.note')}</p>
      {tasks.length === 0 ? (
        <p>{t('dimensions.tasks.none')}</p>
      ) : (
        <ol className="dimensions-tasks">
          {tasks.map((task) => (
            <li key={task.taskId} className="dimensions-task">
              <div className="dimensions-task-meta">
                {task.subdimension ?? task.dimension}
                {task.subdimensionLabel === null ? '' : `. ${task.subdimensionLabel}`} · {task.taskId}
              </div>
              <div>{task.task}</div>
              <TaskStates counts={states?.byTask.get(task.taskId)} />
              <div className="dimensions-task-meta">
                <span className="dimensions-task-status">{status(task)}</span>
                {task.executingAgencies === null ? '' : ` · ${task.executingAgencies}`}
              </div>
            </li>
          ))}
        </ol>
      )}
      <p className="figure-source">{source}</p>
    </section>
  );
}

interface IndicatorTasksSectionProps {
  /** The chosen indicator; undefined when the URL named none the data has. */
  indicator: Indicator | undefined;
  label: string;
  provinceCode: string;
}

/** The plan's tasks under the chosen indicator, once the plan is loaded. */
export function IndicatorTasksSection({
  indicator,
  label,
  provinceCode,
}: IndicatorTasksSectionProps): ReactNode {
  const { t } = useI18n();
  const planTasks = usePlanTasks(provinceCode, null);
  const states = useLatestTaskStates(provinceCode);
  const tasks = useMemo(
    () => (planTasks.data === undefined ? null : filterTasksForIndicator(planTasks.data, indicator)),
    [planTasks.data, indicator],
  );
  if (tasks === null) return null;
  return (
    <IndicatorTasks
      tasks={tasks}
      heading={t('dimensions.tasks.heading', { indicator: label, count: tasks.length })}
      states={states}
    />
  );
}
