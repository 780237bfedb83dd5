// A progress row must name a task that a plan defines: a loaded plan, or a plan file in the same import.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/db/connector.ts';
import { sql } from '../../../src/db/sql.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { applyImport } from '../../../src/ingest/apply/apply-import.ts';
import { describeProblem } from '../../../src/ingest/read/describe-problem.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';
import { csvFile, fingerprintTables, readFiles, reloadBundledData } from './apply-test-support.ts';

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});
beforeEach(async () => {
  await reloadBundledData(conn);
});

// Its fourth line (Excel row 4) names a task no plan has.
const PROGRESS_WITH_ORPHAN = csvFile('progress-zzz.csv', [
  'Mã nhiệm vụ;Kỳ báo cáo;Đơn vị;Trạng thái;Tỷ lệ %',
  '474-1.1-a;Quý III/2024;Sở Nội vụ;Hoàn thành;100',
  '474-1.2-a;Quý III/2024;Sở Nội vụ;Đang thực hiện;50',
  'ZZZ-99;Quý III/2024;Sở Nội vụ;Đang thực hiện;20',
]);
const PLAN_DEFINING_ZZZ = csvFile('plan-zzz.csv', [
  'Mã nhiệm vụ;Kế hoạch;Chỉ số thành phần;Nhiệm vụ;Tỉnh;Năm mục tiêu',
  'ZZZ-99;99/KH-UBND;1.1;Tuyên truyền;Đắk Nông;2025',
]);

const loadedTaskIds = async (): Promise<string[]> =>
  (await conn.query<{ task_id: string }>(sql`SELECT task_id FROM plan_tasks`)).map((row) => row.task_id);

describe('a progress row naming a task no plan defines', () => {
  it('is refused, located at its file, Excel row and column, with existing ids to choose from', async () => {
    const before = await fingerprintTables(conn);
    const outcome = await applyImport(conn, await readFiles(conn, [PROGRESS_WITH_ORPHAN]));
    expect(outcome).toMatchObject({ ok: false, reason: 'problems', files: [{ added: 0, replaced: 0 }] });
    if (outcome.ok) return;
    expect(outcome.problems).toEqual([
      {
        file: 'progress-zzz.csv',
        sheet: null,
        row: 4,
        column: 'Mã nhiệm vụ',
        key: 'unknownTask',
        args: { found: 'ZZZ-99', nearest: expect.any(String) },
      },
    ]);
    const [problem] = outcome.problems;
    if (problem === undefined) return;
    const nearest = String(problem.args.nearest).split(', ');
    expect(nearest).toHaveLength(3);
    const known = await loadedTaskIds();
    for (const id of nearest) expect(known).toContain(id);
    expect(describeProblem(problem, createI18n('vi').t)).toBe(
      `Tệp progress-zzz.csv, dòng 4, cột “Mã nhiệm vụ”: Mã nhiệm vụ “ZZZ-99” không có trong kế hoạch nào đã nạp; gần nhất: ${nearest.join(', ')}.`,
    );
    expect(await fingerprintTables(conn)).toEqual(before);
  });

  it('suggests the loaded id a typo is one edit from', async () => {
    const typo = csvFile('progress-typo.csv', [
      'Mã nhiệm vụ;Kỳ báo cáo;Đơn vị;Trạng thái',
      '474-1.1-x;Quý III/2024;Sở Nội vụ;Hoàn thành',
    ]);
    const [read] = await readFiles(conn, [typo]);
    expect(read?.result.problems[0]?.args.nearest).toMatch(/^474-1\.1-a, /);
  });

  it('is accepted when a plan file in the same import defines the task, in either order', async () => {
    for (const files of [
      [PROGRESS_WITH_ORPHAN, PLAN_DEFINING_ZZZ],
      [PLAN_DEFINING_ZZZ, PROGRESS_WITH_ORPHAN],
    ]) {
      await reloadBundledData(conn);
      const outcome = await applyImport(conn, await readFiles(conn, files));
      expect(outcome).toMatchObject({ ok: true });
      expect(
        await conn.query(sql`SELECT task_id, percent FROM task_progress WHERE task_id = 'ZZZ-99'`),
      ).toEqual([{ task_id: 'ZZZ-99', percent: 20 }]);
      expect(await loadedTaskIds()).toContain('ZZZ-99');
    }
  });

  it('is accepted in a later import once the plan is loaded', async () => {
    expect(await applyImport(conn, await readFiles(conn, [PLAN_DEFINING_ZZZ]))).toMatchObject({ ok: true });
    const outcome = await applyImport(conn, await readFiles(conn, [PROGRESS_WITH_ORPHAN]));
    expect(outcome).toMatchObject({ ok: true, files: [{ table: 'task_progress', added: 3, rejected: 0 }] });
  });
});
