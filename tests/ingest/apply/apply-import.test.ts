import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/db/connector.ts';
import { sql } from '../../../src/db/sql.ts';
import { applyImport } from '../../../src/ingest/apply/apply-import.ts';
import { fetchDatasets } from '../../../src/queries/datasets.ts';
import { fetchScoredYears } from '../../../src/queries/scored-years.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';
import { readTaskCompletion } from '../../helpers/plan-completion-rows.ts';
import { csvFile, fingerprintTables, readFiles, reloadBundledData } from './apply-test-support.ts';

const PROGRESS_FILE = 'progress-semicolon-bom-crlf.csv';
const PLAN_474 = '474/KH-UBND';

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

const planRateIn = async (period: string) =>
  (await readTaskCompletion(conn, 'P43')).find(
    (point) => point.plan === PLAN_474 && point.scope === 'plan' && point.period === period,
  );

// One overlapping score (P43 2024 1.1 is bundled) and one new (2010: Đắk Nông is an old unit, scored up to 2024).
const OVERLAPPING_SCORES = csvFile('scores-corrected.csv', [
  'Tỉnh,Năm,Chỉ số,Điểm',
  'Đắk Nông,2024,1.1,1.5',
  'Đắk Nông,2010,1.1,1.6',
]);
const scoreOf = async (year: number) =>
  (
    await conn.query<{ score: number }>(
      sql`SELECT score FROM score_rows WHERE province_code = 'P43' AND year = ${year} AND indicator = '1.1'`,
    )
  ).map((row) => row.score);

describe('applyImport', () => {
  it('replaces the progress sample with a real 3-row report and moves Đắk Nông 2024 completion', async () => {
    const before = await planRateIn('2024-Q3');
    const outcome = await applyImport(conn, await readFiles(conn, [PROGRESS_FILE]));
    expect(outcome).toMatchObject({
      ok: true,
      replacedSample: true,
      files: [{ name: PROGRESS_FILE, table: 'task_progress', added: 3, replaced: 0, rejected: 0 }],
    });
    const after = await planRateIn('2024-Q3');
    // 33 tasks, one pair each: only 474-1.1-a is done; two reported for Q3 (474-1.3-a, "before the
    // election", has no deadline: judged per period, its H1 report says nothing of Q3).
    expect(after).toMatchObject({ taskCount: 33, pairCount: 33, pairsDone: 1, pairsReported: 2 });
    expect(after?.completionRate).toBeCloseTo(1 / 33, 10);
    expect(after?.completionRate).not.toBe(before?.completionRate);
    expect((await fetchDatasets(conn)).find((dataset) => dataset.name === 'task_progress')).toMatchObject({
      source: PROGRESS_FILE,
      isSample: false,
      rowCount: 3,
    });
  });

  it('merges a second real report into the first instead of replacing it (the sample is gone already)', async () => {
    await applyImport(conn, await readFiles(conn, [PROGRESS_FILE]));
    const next = csvFile('q4.csv', [
      'Mã nhiệm vụ;Kỳ báo cáo;Đơn vị;Trạng thái',
      '474-1.2-a;Quý 3 năm 2024;Sở Nội vụ;Hoàn thành',
      '474-2.1-a;Quý IV/2024;Sở Nội vụ;Hoàn thành',
    ]);
    const outcome = await applyImport(conn, await readFiles(conn, [next]));
    expect(outcome).toMatchObject({ ok: true, replacedSample: false, files: [{ added: 1, replaced: 1 }] });
    expect((await fetchDatasets(conn)).find((dataset) => dataset.name === 'task_progress')).toMatchObject({
      source: `${PROGRESS_FILE}; q4.csv`,
      rowCount: 4,
    });
    expect(await planRateIn('2024-Q3')).toMatchObject({ pairsDone: 2 });
  });

  it.each([
    ['scores-long-2025.csv', '79'],
    ['scores-wide-decimal-comma.csv', '68'],
  ])('makes 2025 a scored year of the new-map province with a total in %s', async (file, province) => {
    expect(await fetchScoredYears(conn, province)).not.toContain(2025);
    const outcome = await applyImport(conn, await readFiles(conn, [file]));
    expect(outcome).toMatchObject({ ok: true, replacedSample: false });
    expect(await fetchScoredYears(conn, province)).toContain(2025);
    const scores = (await fetchDatasets(conn)).find((dataset) => dataset.name === 'score_rows');
    expect(scores?.source).toBe(`bundled: data/papi-scores.csv; ${file}`);
  });

  it('replaces the overlapping score by default, so a corrected report wins', async () => {
    const outcome = await applyImport(conn, await readFiles(conn, [OVERLAPPING_SCORES]));
    expect(outcome).toMatchObject({
      ok: true,
      files: [{ mode: 'replace-overlapping', added: 1, replaced: 1, rejected: 0 }],
    });
    expect(await scoreOf(2024)).toEqual([1.5]);
    expect(await scoreOf(2010)).toEqual([1.6]);
  });

  it('keeps the loaded score and counts the overlapping row as rejected in add-only mode', async () => {
    const outcome = await applyImport(conn, await readFiles(conn, [OVERLAPPING_SCORES]), {
      modes: ['add-only'],
    });
    expect(outcome).toMatchObject({
      ok: true,
      files: [{ mode: 'add-only', added: 1, replaced: 0, rejected: 1 }],
    });
    expect(await scoreOf(2024)).toEqual([0.955710471]);
    expect(await scoreOf(2010)).toEqual([1.6]);
  });

  it("adds a plan file's tasks and its plan row with province and target year", async () => {
    const plan = csvFile('plan-hn.csv', [
      'Mã nhiệm vụ;Kế hoạch;Chỉ số thành phần;Nhiệm vụ;Tỉnh;Năm mục tiêu',
      'HN-1.1-a;12/KH-UBND;1.1;Tuyên truyền;Hà Nội;2025',
      'HN-2.1-a;12/KH-UBND;2.1;Công khai thông tin;Hà Nội;2025',
    ]);
    const outcome = await applyImport(conn, await readFiles(conn, [plan]));
    expect(outcome).toMatchObject({ ok: true, files: [{ table: 'plan_tasks', added: 2 }] });
    expect(
      await conn.query(sql`SELECT province_code, target_year, source FROM plans WHERE plan = '12/KH-UBND'`),
    ).toEqual([{ province_code: 'P01', target_year: 2025, source: 'plan-hn.csv' }]);
    expect(await readTaskCompletion(conn, 'P01')).toEqual(
      expect.arrayContaining([expect.objectContaining({ plan: '12/KH-UBND', scope: 'plan', taskCount: 2 })]),
    );
  });

  it('applies two imports started together one after the other, keeping both', async () => {
    const [progress, scores] = [
      await readFiles(conn, [PROGRESS_FILE]),
      await readFiles(conn, ['scores-wide-decimal-comma.csv']),
    ];
    const outcomes = await Promise.all([applyImport(conn, progress), applyImport(conn, scores)]);
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, true]);
    expect(await fetchScoredYears(conn, '68')).toContain(2025);
    expect(await planRateIn('2024-Q3')).toMatchObject({ pairsDone: 1, pairsReported: 2 });
  });

  it('applies nothing when one of several files has a bad row, and returns its located problems', async () => {
    const before = await fingerprintTables(conn);
    const outcome = await applyImport(conn, await readFiles(conn, [PROGRESS_FILE, 'scores-bad-values.csv']));
    expect(outcome).toMatchObject({ ok: false, reason: 'problems' });
    if (outcome.ok) return;
    expect(outcome.files.map((file) => file.added + file.replaced)).toEqual([0, 0]);
    expect(outcome.files[1]?.rejected).toBeGreaterThan(0);
    expect(outcome.problems[0]).toMatchObject({ file: 'scores-bad-values.csv', row: expect.any(Number) });
    expect(await fingerprintTables(conn)).toEqual(before);
  });
});
