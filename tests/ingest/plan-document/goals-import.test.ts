// The goals confirmed in a plan's review go through the same atomic, kept import as its tasks: stored
// with the plan, re-applied on the next start-up (a fresh engine over the bundled data), replaced by a
// re-import of the same plan, and never touching another plan's goals. Real DuckDB, the app's reader.
import { describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/db/connector.ts';
import { sql } from '../../../src/db/sql.ts';
import { checkGoal } from '../../../src/domain/goal-check.ts';
import { applyImport } from '../../../src/ingest/apply/apply-import.ts';
import { fetchImportContext } from '../../../src/ingest/apply/fetch-import-context.ts';
import { planImportCsv, planImportFileName } from '../../../src/ingest/plan-document/plan-review.ts';
import { readPlanTargets } from '../../../src/ingest/plan-document/plan-targets.ts';
import { withBytesInHand } from '../../../src/ingest/read/held-file.ts';
import { readImportFile } from '../../../src/ingest/read/read-import-file.ts';
import { fetchPlanGoals } from '../../../src/queries/plan-goals.ts';
import { importAndKeep } from '../../../src/session/import-and-keep.ts';
import { reapplyImports } from '../../../src/session/reapply-imports.ts';
import type { NewImportedFile } from '../../../src/storage/imported-files-store.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';
import { HA_GIANG_PLAN, HA_GIANG_TASK } from './ha-giang-plan.ts';
import { PLAN_REFERENCE } from './plan-reference.ts';

const IDENTITY = HA_GIANG_PLAN;
const TASK = HA_GIANG_TASK;

const TARGETS = readPlanTargets(
  [
    'Phấn đấu năm 2024 Chỉ số PAPI của tỉnh đạt từ 45,33 điểm trở lên.',
    'Phấn đấu Chỉ số nội dung “Công khai, minh bạch” nằm trong nhóm có điểm trung bình cao.',
  ],
  PLAN_REFERENCE.indicators,
);

const keepInMemory = (kept: NewImportedFile[]) => async (files: readonly NewImportedFile[]) => {
  kept.push(...files);
  return { ok: true as const, value: files.length };
};

async function importPlan(conn: Connector, kept: NewImportedFile[], goals: typeof TARGETS) {
  const bytes = new TextEncoder().encode(planImportCsv(IDENTITY, [TASK], goals));
  const result = await importAndKeep(
    conn,
    [{ name: planImportFileName(IDENTITY.plan), bytes }],
    keepInMemory(kept),
  );
  expect(result.outcome.ok).toBe(true);
}

/** What the next start-up does: a fresh engine with the bundled data, the kept files re-applied in order. */
async function startAgain(kept: readonly NewImportedFile[]): Promise<Connector> {
  const conn = await createLoadedConnector();
  const report = await reapplyImports({
    listImportedFiles: async () => ({
      ok: true,
      value: kept.map((file, index) => ({ ...file, id: index + 1, size: file.bytes.length })),
    }),
    readFile: async (file) => readImportFile(await withBytesInHand(file), await fetchImportContext(conn)),
    applyImport: (reads, choices) => applyImport(conn, reads, choices),
  });
  expect(report).toMatchObject({ ok: true, failed: [] });
  return conn;
}

const goalsOf = async (conn: Connector) =>
  (await fetchPlanGoals(conn, 'P02', 2024)).map(({ goal, standing }) => ({
    indicator: goal.indicator,
    kind: goal.kind,
    text: goal.text,
    verdict: checkGoal(goal, standing).verdict,
    expected: goal.kind === 'score' ? standing.score >= 45.33 : null,
  }));

describe('a plan imported with the goals confirmed in its review', () => {
  it('checks them, keeps them across a reload, and a re-import replaces them', async () => {
    expect(TARGETS.map((target) => [target.indicator, target.kind])).toEqual([
      ['total', 'score'],
      ['2', 'group'],
    ]);
    const conn = await createLoadedConnector();
    const kept: NewImportedFile[] = [];
    // The user drops the second goal in the review.
    await importPlan(conn, kept, TARGETS.slice(0, 1));
    const imported = await goalsOf(conn);
    expect(imported).toHaveLength(1);
    expect(imported[0]).toMatchObject({ indicator: 'total', kind: 'score', text: TARGETS[0]?.text });
    expect(imported[0]?.verdict).toBe(imported[0]?.expected ? 'met' : 'not_met');
    await conn.close();

    const reloaded = await startAgain(kept);
    expect(await goalsOf(reloaded)).toEqual(imported);
    // 474's goal is untouched by another plan's import.
    expect(await fetchPlanGoals(reloaded, 'P43', 2024)).toHaveLength(1);

    // Re-imported with both goals, then with none: each import replaces the plan's goals whole.
    await importPlan(reloaded, kept, TARGETS);
    expect((await goalsOf(reloaded)).map((goal) => [goal.indicator, goal.kind])).toEqual([
      ['total', 'score'],
      ['2', 'group'],
    ]);
    await importPlan(reloaded, kept, []);
    expect(await goalsOf(reloaded)).toEqual([]);
    await reloaded.close();

    const third = await startAgain(kept);
    expect(await goalsOf(third)).toEqual([]);
    expect(await fetchPlanGoals(third, 'P43', 2024)).toHaveLength(1);
    await third.close();
  });

  it('a plan file without the goals column (a CSV made by hand) leaves the goals loaded as they are', async () => {
    const conn = await createLoadedConnector();
    const bytes = new TextEncoder().encode(
      planImportCsv({ ...IDENTITY, plan: '474/KH-UBND', provinceCode: 'P43' }, [TASK]),
    );
    const result = await importAndKeep(conn, [{ name: 'ke-hoach.csv', bytes }], keepInMemory([]));
    expect(result.outcome.ok).toBe(true);
    const [count] = await conn.query<{ n: number }>(
      sql`SELECT count(*)::INTEGER AS n FROM plan_goals WHERE plan = '474/KH-UBND'`,
    );
    expect(count?.n).toBe(1);
    await conn.close();
  });
});
