import type { ReactNode } from 'react';
import { buildSourceLine } from '../../charts/build-source-line.ts';
import { SampleBadge } from '../../components/sample-badge.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useDatasets } from '../../queries/datasets.ts';
import type { PlanTask } from '../../queries/plan-tasks.ts';

interface IndicatorTasksProps {
  tasks: readonly PlanTask[];
  heading: string;
}

/** The plan's tasks under the indicator with their latest reported state; sample progress says so. */
export function IndicatorTasks({ tasks, heading }: IndicatorTasksProps): ReactNode {
  const i18n = useI18n();
  const { t } = i18n;
  const progress = useDatasets().data?.find((dataset) => dataset.name === 'task_progress');
  const isSample = progress?.isSample ?? false;
  const source = buildSourceLine(t, { isSample, source: progress?.source ?? null });
  const status = (task: PlanTask): string => {
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
        {isSample ? <SampleBadge testId="dimensions-sample-badge" /> : null}
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
