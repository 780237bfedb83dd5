// A body-form plan goes through the same review checks and the same atomic, kept import as an appendix
// plan; a task without an agency is imported once the user confirms it as "Chưa xác định".
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../../../src/db/sql.ts';
import {
  checkPlanReview,
  planImportCsv,
  planImportFileName,
  UNDETERMINED_AGENCY,
} from '../../../../src/ingest/plan-document/plan-review.ts';
import type { PlanTaskDraft } from '../../../../src/ingest/plan-document/plan-task-draft.ts';
import { importAndKeep } from '../../../../src/session/import-and-keep.ts';
import { editTask } from '../../../../src/views/data/plan-review/review-edits.ts';
import { reviewProblemText } from '../../../../src/views/data/plan-review/flag-text.ts';
import { createLoadedConnector } from '../../../helpers/data-files.ts';
import { PLAN_REFERENCE } from '../plan-reference.ts';
import { readBodyDocx, tasksOf } from './build-body-docx.ts';
import { LAI_CHAU_LINES } from './lai-chau-plan.ts';
import { tVi } from './review-view.ts';

const { indicators } = PLAN_REFERENCE;
let identity: Parameters<typeof checkPlanReview>[0];
let tasks: readonly PlanTaskDraft[];
beforeAll(async () => {
  const reading = await readBodyDocx(LAI_CHAU_LINES);
  tasks = tasksOf(reading);
  if (!reading.ok) throw new Error('refused');
  // The identity as read from the header (the review then moves it to the unit scored in 2025).
  identity = reading.identity;
});

const withoutAgency = (): number => tasks.findIndex((task) => task.executingAgencies.length === 0);

describe('a body-form task without an agency', () => {
  it('blocks the import until the user decides, saying where and how', () => {
    const problems = checkPlanReview(identity, tasks, indicators);
    expect(problems.map((problem) => reviewProblemText(problem, tVi))).toEqual([
      'Dòng 4, cột Cơ quan chủ trì: chưa có cơ quan chủ trì; nhập cơ quan hoặc bấm "Xác nhận: chưa xác định"',
    ]);
  });

  it('is not answered by leaving the cell empty', () => {
    const index = withoutAgency();
    const left = tasks.map((task, at) =>
      at === index ? editTask(task, 'executing', '  ', indicators) : task,
    );
    expect(checkPlanReview(identity, left, indicators)).toHaveLength(1);
  });

  it('can be imported once confirmed as "Chưa xác định" or given an agency', () => {
    const index = withoutAgency();
    for (const value of [UNDETERMINED_AGENCY, 'UBND cấp xã']) {
      const confirmed = tasks.map((task, at) =>
        at === index ? editTask(task, 'executing', value, indicators) : task,
      );
      expect(checkPlanReview(identity, confirmed, indicators)).toEqual([]);
      expect(confirmed[index]?.flags.map((flag) => flag.key)).toEqual(['timeframeUnknown']);
    }
  });
});

describe('importing a body-form plan', () => {
  // Loading the bundled data into DuckDB takes most of a minute on a busy machine.
  it(
    'loads its tasks under their dimensions, the confirmed one with "Chưa xác định"',
    { timeout: 180_000 },
    async () => {
      const index = withoutAgency();
      const confirmed = tasks.map((task, at) =>
        at === index ? editTask(task, 'executing', UNDETERMINED_AGENCY, indicators) : task,
      );
      const conn = await createLoadedConnector();
      const bytes = new TextEncoder().encode(planImportCsv(identity, confirmed));
      const result = await importAndKeep(
        conn,
        [{ name: planImportFileName(identity.plan), bytes }],
        async (files) => ({
          ok: true as const,
          value: files.length,
        }),
      );
      expect(result.outcome.ok).toBe(true);
      const rows = await conn.query<{
        task_id: string;
        dimension: string;
        executing_agencies: string | null;
      }>(
        sql`SELECT task_id, dimension, executing_agencies FROM plan_tasks WHERE plan = ${identity.plan} ORDER BY task_id`,
      );
      expect(rows).toEqual([
        { task_id: '1331-1-a', dimension: '1', executing_agencies: 'Sở Nội vụ' },
        { task_id: '1331-1-b', dimension: '1', executing_agencies: 'UBND các huyện, thành phố' },
        { task_id: '1331-2-a', dimension: '2', executing_agencies: 'Sở Tài chính' },
        { task_id: '1331-2-b', dimension: '2', executing_agencies: 'Chưa xác định' },
        { task_id: '1331-8-a', dimension: '8', executing_agencies: 'Sở Khoa học và Công nghệ' },
      ]);
      await conn.close();
    },
  );
});
