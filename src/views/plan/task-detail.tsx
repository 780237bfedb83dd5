import type { ReactNode } from 'react';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { formatPeriod } from '../../i18n/format.ts';
import type { ReportedPeriod } from '../../domain/task-state-pairs.ts';
import type { PlanViewReport } from '../../queries/plan-view-reports.ts';
import type { TaskRow } from './plan-model.ts';
import { describeDeadline, formatIsoDate } from './state-labels.ts';
import { StateTag } from '../shared/state-tag.tsx';
import '../../components/data-table.css';
import '../../components/figure.css';
import '../../components/muted-text.css';

interface TaskDetailProps {
  row: TaskRow;
  reports: readonly PlanViewReport[];
  periods: readonly ReportedPeriod[];
}

const STATUS_KEYS = {
  not_started: 'planView.status.not_started',
  in_progress: 'planView.status.in_progress',
  done: 'planView.status.done',
} as const;

/** A task's full text, agencies, deadline and each unit's reports period by period, with its state now. */
export function TaskDetail({ row, reports, periods }: TaskDetailProps): ReactNode {
  const { t, lang } = useI18n();
  const { task } = row;
  const own = reports.filter((report) => report.taskId === task.taskId);
  const headingId = `plan-task-history-${task.taskId}`;
  return (
    <div className="plan-detail" data-testid="plan-task-detail">
      <dl>
        <dt>{t('planView.detail.text')}</dt>
        <dd>{task.task}</dd>
        <dt>{t('planView.detail.executing')}</dt>
        <dd>{row.agencies.join('; ') || '—'}</dd>
        <dt>{t('planView.detail.supervising')}</dt>
        <dd>{task.supervisingAgencies ?? '—'}</dd>
        <dt>{t('planView.detail.timeframe')}</dt>
        <dd>
          {task.timeframe ?? '—'} — {describeDeadline(t, row.deadline)}
        </dd>
      </dl>
      <h3 id={headingId} className="figure-heading">
        {t('planView.detail.history')}
      </h3>
      {row.pairs.length === 1 && row.pairs[0]?.unit === null ? (
        <p>{t('planView.detail.neverReported')}</p>
      ) : (
        <ScrollRegion label={t('planView.detail.history')} hint={t('planView.scrollHint')} startAtEnd>
          <table className="data-table" aria-labelledby={headingId} data-testid="plan-task-history">
            <thead>
              <tr>
                <th scope="col">{t('planView.detail.unit')}</th>
                {periods.map((period) => (
                  <th scope="col" key={period.period}>
                    {formatPeriod(period.period, lang)}
                  </th>
                ))}
                <th scope="col">{t('planView.detail.stateNow')}</th>
              </tr>
            </thead>
            <tbody>
              {row.pairs.map((pair) => (
                <tr key={pair.unit ?? ''}>
                  <th scope="row">{pair.unit ?? '—'}</th>
                  {periods.map((period) => {
                    const report = own.find(
                      (item) => item.unit === pair.unit && item.period === period.period,
                    );
                    return (
                      <td key={period.period}>
                        {report === undefined ? (
                          <span className="muted">{t('planView.detail.noReport')}</span>
                        ) : (
                          <>
                            {t(STATUS_KEYS[report.status])}
                            {report.percent === null ? '' : ` (${String(report.percent)}%)`}
                            <div className="muted">{formatIsoDate(report.reportedOn)}</div>
                          </>
                        )}
                      </td>
                    );
                  })}
                  <td>
                    <StateTag state={pair.state} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </div>
  );
}
