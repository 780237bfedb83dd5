// A plan file whose tasks name neither a dimension nor a sub-dimension imports; the Plan view then groups
// those tasks under "not linked to a dimension" (after every dimension) instead of failing to sort them.
// Real DuckDB with the bundled data: the import goes through the app's apply step and the Plan view's queries.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/db/connector.ts';
import { buildPairStates, listReportedPeriods } from '../../../src/domain/task-state-pairs.ts';
import { findMissingReporters } from '../../../src/domain/task-state-summary.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { applyImport } from '../../../src/ingest/apply/apply-import.ts';
import { fetchPlanCompletionByPeriod } from '../../../src/queries/plan-completion-by-period.ts';
import { fetchPlanViewReports } from '../../../src/queries/plan-view-reports.ts';
import { fetchPlanViewTasks, type PlanViewTask } from '../../../src/queries/plan-view-tasks.ts';
import { buildCompletionGrid } from '../../../src/views/plan/completion-grid.ts';
import { dimensionLabel } from '../../../src/views/plan/dimension-label.ts';
import { buildTaskRows, filterTaskRows } from '../../../src/views/plan/plan-model.ts';
import { EMPTY_PLAN_FILTERS } from '../../../src/views/plan/plan-params.ts';
import { buildPlanFilterOptions } from '../../../src/views/plan/use-plan-filters.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';
import { csvFile, readFiles } from '../../ingest/apply/apply-test-support.ts';

let conn: Connector;
let tasks: PlanViewTask[];
beforeAll(async () => {
  conn = await createLoadedConnector();
  const file = csvFile('ke-hoach-khong-chi-so.csv', [
    'Mã nhiệm vụ,Kế hoạch,Nhiệm vụ,Tỉnh',
    'PX-1,99/KH-UBND,Công khai danh mục thủ tục hành chính,Đắk Nông',
    'PX-2,99/KH-UBND,Tập huấn cán bộ một cửa,Đắk Nông',
  ]);
  const outcome = await applyImport(conn, await readFiles(conn, [file]));
  expect(outcome.ok).toBe(true);
  tasks = await fetchPlanViewTasks(conn, 'P43');
});
afterAll(async () => {
  await conn.close();
});

describe('plan tasks with neither a dimension nor a sub-dimension', () => {
  it('are fetched with a null dimension, next to the bundled plan', () => {
    const unlinked = tasks.filter((task) => task.dimension === null).map((task) => task.taskId);
    expect(unlinked).toEqual(['PX-1', 'PX-2']);
    expect(tasks.some((task) => task.dimension === '1')).toBe(true);
  });

  it('make their own row of the completion grid, after every dimension', async () => {
    const reports = await fetchPlanViewReports(conn, 'P43');
    const periods = listReportedPeriods(reports);
    const grid = buildCompletionGrid(tasks, reports, periods);
    const codes = grid.map((row) => row.dimension);
    expect(codes[0]).toBe('');
    expect(codes.at(-1)).toBeNull();
    expect(codes.slice(1, -1)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    // No unit reports on the new tasks: their row has one unreported pair per task in every period.
    const last = grid.at(-1);
    expect(last?.cells.map((cell) => [cell.pairCount, cell.pairsDone])).toEqual(periods.map(() => [2, 0]));
  });

  it('count in the completion chart\'s whole-plan bar only, never as a second "whole plan"', async () => {
    const points = await fetchPlanCompletionByPeriod(conn, 'P43');
    const periods = [...new Set(points.map((point) => point.period))];
    expect(periods.length).toBeGreaterThan(0);
    for (const period of periods) {
      const wholePlan = points.filter((point) => point.period === period && point.dimension === null);
      expect(wholePlan, period).toHaveLength(1);
    }
  });

  it('are listed as never reported under their group, after the dimensions', async () => {
    const reports = await fetchPlanViewReports(conn, 'P43');
    const latest = listReportedPeriods(reports).at(-1);
    expect(latest).toBeDefined();
    const groups = findMissingReporters(
      buildPairStates(tasks, reports, latest ?? { period: '', periodEnd: '' }),
    );
    expect(groups.at(-1)).toEqual({
      dimension: null,
      units: [{ unit: null, missingTaskIds: ['PX-1', 'PX-2'], taskCount: 2 }],
    });
  });

  it('leave the dimension filter to real dimensions, and the task table still lists and searches them', async () => {
    const reports = await fetchPlanViewReports(conn, 'P43');
    const periods = listReportedPeriods(reports);
    expect(buildPlanFilterOptions(tasks, reports, periods).dimensions).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
    ]);
    const rows = buildTaskRows(
      tasks,
      buildPairStates(tasks, reports, periods.at(-1) ?? { period: '', periodEnd: '' }),
    );
    const found = filterTaskRows(rows, { ...EMPTY_PLAN_FILTERS, q: 'tap huan can bo' });
    expect(found.map((row) => row.task.taskId)).toEqual(['PX-2']);
  });

  it('are named "Chưa gắn chỉ số" / "Not linked to a dimension"', () => {
    expect(dimensionLabel(null, {}, createI18n('vi').t)).toBe('Chưa gắn chỉ số');
    expect(dimensionLabel(null, {}, createI18n('en').t)).toBe('Not linked to a dimension');
    expect(dimensionLabel('3', { '3': 'Công khai, minh bạch' }, createI18n('vi').t)).toBe(
      '3. Công khai, minh bạch',
    );
  });
});
