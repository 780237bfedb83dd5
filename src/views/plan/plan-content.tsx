import type { ReactNode } from 'react';
import { useId, useMemo } from 'react';
import { ChartFigure } from '../../components/chart-figure.tsx';
import { SampleBadge } from '../../components/sample-badge.tsx';
import type { Indicator } from '../../domain/types.ts';
import { TASK_STATES } from '../../domain/task-state.ts';
import { buildPairStates, listReportedPeriods } from '../../domain/task-state-pairs.ts';
import { splitAgencies } from '../../ingest/plan-document/agencies.ts';
import { countStates, countStatesBy, findMissingReporters } from '../../domain/task-state-summary.ts';
import { formatPeriod } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { PlanViewReport } from '../../queries/plan-view-reports.ts';
import type { PlanViewTask } from '../../queries/plan-view-tasks.ts';
import type { ViewProps } from '../view-props.ts';
import { BreakdownTable } from './breakdown-table.tsx';
import { CompletionGridTable } from './completion-figure.tsx';
import { buildCompletionGrid } from './completion-grid.ts';
import { MissingReports } from './missing-reports.tsx';
import { buildTaskRows, filterTaskRows } from './plan-model.ts';
import { parsePlanParams, resolvePlanFilters, serialisePlanParams, type PlanFilters } from './plan-params.ts';
import { buildPlanSourceLine, formatIsoDate, STATE_LABEL_KEYS } from './state-labels.ts';
import { TaskFilters } from './task-filters.tsx';
import { TaskTable } from './task-table.tsx';

interface PlanContentProps extends ViewProps {
  tasks: readonly PlanViewTask[];
  reports: readonly PlanViewReport[];
  latestPeriod: string | null;
  indicators: readonly Indicator[];
  progress: { isSample: boolean; source: string | null };
}

/** The Plan view once its data is loaded and the province has a plan. */
export function PlanContent({
  tasks,
  reports,
  latestPeriod,
  indicators,
  progress,
  viewParams,
  setViewParams,
  provinceName,
}: PlanContentProps): ReactNode {
  const { t, lang } = useI18n();
  const periodSelectId = useId();
  const periods = useMemo(() => listReportedPeriods(reports), [reports]);
  const dimensionNames = useMemo(() => {
    const names: Record<string, string> = {};
    for (const indicator of indicators) {
      if (indicator.level === 'dimension')
        names[indicator.code] = lang === 'vi' ? indicator.nameVi : indicator.nameEn;
    }
    return names;
  }, [indicators, lang]);
  const options = useMemo(
    () => ({
      dimensions: [...new Set(tasks.map((task) => task.dimension))].sort((a, b) =>
        a.localeCompare(b, 'en', { numeric: true }),
      ),
      agencies: [...new Set(tasks.flatMap((task) => splitAgencies(task.executingAgencies)))].sort((a, b) =>
        a.localeCompare(b, 'vi'),
      ),
      units: [...new Set(reports.map((report) => report.unit))].sort((a, b) => a.localeCompare(b, 'vi')),
      periods: periods.map((period) => period.period),
      taskIds: tasks.map((task) => task.taskId),
    }),
    [tasks, reports, periods],
  );
  const { filters, dropped } = useMemo(
    () => resolvePlanFilters(parsePlanParams(viewParams), options),
    [viewParams, options],
  );
  const asOf =
    periods.find((period) => period.period === (filters.period ?? latestPeriod)) ?? periods.at(-1) ?? null;
  const pairs = useMemo(
    () => buildPairStates(tasks, reports, asOf ?? { period: '', periodEnd: '' }),
    [tasks, reports, asOf],
  );
  const rows = useMemo(() => buildTaskRows(tasks, pairs), [tasks, pairs]);
  const shownRows = useMemo(() => filterTaskRows(rows, filters), [rows, filters]);
  const grid = useMemo(() => buildCompletionGrid(tasks, reports, periods), [tasks, reports, periods]);
  const totals = countStates('all', pairs);
  const byAgency = useMemo(() => {
    const agenciesOf = new Map(tasks.map((task) => [task.taskId, splitAgencies(task.executingAgencies)]));
    return countStatesBy(pairs, (pair) => agenciesOf.get(pair.taskId) ?? []);
  }, [tasks, pairs]);
  const byUnit = useMemo(
    () => countStatesBy(pairs, (pair) => (pair.unit === null ? [] : [pair.unit])),
    [pairs],
  );
  const missing = useMemo(() => findMissingReporters(pairs), [pairs]);

  const update = (patch: Partial<PlanFilters>, mode: 'push' | 'replace'): void =>
    setViewParams(serialisePlanParams({ ...filters, ...patch }), mode);
  const filtersActive =
    filters.q !== '' ||
    [filters.dimension, filters.agency, filters.unit, filters.status].some((v) => v !== null);
  const plans = [...new Set(tasks.map((task) => task.plan))];
  const targetYear = tasks[0]?.targetYear ?? null;
  const source = buildPlanSourceLine(t, plans, progress);
  const badge = progress.isSample ? <SampleBadge /> : undefined;
  const periodLabel = asOf === null ? '—' : formatPeriod(asOf.period, lang);
  const asOfDate = asOf === null ? '—' : formatIsoDate(asOf.periodEnd);

  return (
    <div className="plan-view" data-testid="plan-view">
      <section className="plan-intro" aria-labelledby="plan-intro-heading">
        <h2 id="plan-intro-heading" className="figure-heading">
          {t('planView.heading', { plan: plans.join(', '), province: provinceName })}
        </h2>
        <div className="plan-controls">
          <div className="field">
            <label className="field-label" htmlFor={periodSelectId}>
              {t('planView.period')}
            </label>
            <select
              id={periodSelectId}
              className="select"
              value={asOf?.period ?? ''}
              data-testid="plan-period"
              onChange={(event) => update({ period: event.target.value }, 'push')}
            >
              {periods.map((period) => (
                <option key={period.period} value={period.period}>
                  {formatPeriod(period.period, lang)}
                  {period.period === latestPeriod ? ` (${t('planView.latest')})` : ''}
                </option>
              ))}
            </select>
          </div>
          {progress.isSample ? <SampleBadge testId="sample-badge-intro" /> : null}
        </div>
        {dropped.length > 0 ? (
          <p className="panel" role="status">
            {t('planView.dropped', { names: dropped.join(', ') })}
          </p>
        ) : null}
        <p className="plan-rule" data-testid="plan-rule">
          {t('planView.rule.asOf', { period: periodLabel, date: asOfDate })}{' '}
          {t('planView.rule.deadline', { target: targetYear ?? '—' })} {t('planView.rule.states')}
        </p>
        {asOf === null ? <p className="panel">{t('planView.noReports')}</p> : null}
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
                aria-pressed={filters.status === state}
                onClick={() => update({ status: filters.status === state ? null : state }, 'push')}
              >
                <strong>{totals.counts[state]}</strong> {t(STATE_LABEL_KEYS[state])}
              </button>
            </li>
          ))}
        </ul>
        <p className="figure-source">{source}</p>
      </section>

      <ChartFigure
        id="plan-grid-heading"
        heading={t('planView.grid.heading')}
        subtitle={t('planView.grid.subtitle')}
        source={source}
        badge={badge}
      >
        <CompletionGridTable
          rows={grid}
          periods={periods}
          dimensionNames={dimensionNames}
          caption={t('planView.grid.heading')}
        />
      </ChartFigure>

      <ChartFigure
        id="plan-tasks-heading"
        heading={t('planView.tasks.heading', { period: periodLabel })}
        subtitle={t('planView.tasks.subtitle')}
        source={source}
        badge={progress.isSample ? <SampleBadge testId="sample-badge-tasks" /> : undefined}
      >
        <TaskFilters
          filters={filters}
          options={options}
          dimensionNames={dimensionNames}
          onSearch={(q) => update({ q }, 'replace')}
          onFilter={(patch) => update(patch, 'push')}
        />
        <div className="plan-result-line">
          <p className="plan-result-count" role="status" data-testid="plan-result-count">
            {t('planView.tasks.count', { shown: shownRows.length, total: rows.length })}
          </p>
          {filtersActive ? (
            <button
              type="button"
              className="link-button"
              onClick={() =>
                update({ q: '', dimension: null, agency: null, unit: null, status: null }, 'push')
              }
            >
              {t('planView.filter.clear')}
            </button>
          ) : null}
        </div>
        <TaskTable
          rows={shownRows}
          filters={filters}
          reports={reports}
          periods={periods}
          dimensionNames={dimensionNames}
          onToggleTask={(task) => update({ task }, 'push')}
        />
      </ChartFigure>

      <ChartFigure
        id="plan-missing-heading"
        heading={t('planView.missing.heading', { period: periodLabel })}
        subtitle={t('planView.missing.subtitle')}
        source={source}
        badge={progress.isSample ? <SampleBadge testId="sample-badge-missing" /> : undefined}
      >
        <MissingReports groups={missing} dimensionNames={dimensionNames} period={periodLabel} />
      </ChartFigure>

      <div className="plan-side-by-side">
        <ChartFigure
          id="plan-agency-heading"
          heading={t('planView.agency.heading', { period: periodLabel })}
          subtitle={t('planView.agency.subtitle')}
          source={source}
          badge={progress.isSample ? <SampleBadge testId="sample-badge-agency" /> : undefined}
        >
          <BreakdownTable
            rows={byAgency}
            keyLabel={t('planView.agency.key')}
            caption={t('planView.agency.heading', { period: periodLabel })}
            testId="plan-by-agency"
          />
        </ChartFigure>
        <ChartFigure
          id="plan-unit-heading"
          heading={t('planView.unit.heading', { period: periodLabel })}
          subtitle={t('planView.unit.subtitle')}
          source={source}
          badge={progress.isSample ? <SampleBadge testId="sample-badge-unit" /> : undefined}
        >
          <BreakdownTable
            rows={byUnit}
            keyLabel={t('planView.unit.key')}
            caption={t('planView.unit.heading', { period: periodLabel })}
            testId="plan-by-unit"
          />
        </ChartFigure>
      </div>
    </div>
  );
}
