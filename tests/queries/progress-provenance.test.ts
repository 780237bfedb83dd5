import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { applyImport } from '../../src/ingest/apply/apply-import.ts';
import { bundledSource } from '../../src/ingest/bundled-file-names.ts';
import { sql } from '../../src/db/sql.ts';
import { fetchDimensionStandings } from '../../src/queries/dimension-standings.ts';
import { fetchPlanTaskStanding } from '../../src/queries/plan-task-standing.ts';
import { fetchProgressProvenance } from '../../src/queries/progress-provenance.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';
import { csvFile, readFiles, reloadBundledData } from '../ingest/apply/apply-test-support.ts';

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

const REAL_REPORT = csvFile('bao-cao-quy-1-2025.csv', [
  'Mã nhiệm vụ;Kỳ báo cáo;Đơn vị;Trạng thái',
  '474-1.1-a;Quý I/2025;Sở Tư pháp;Hoàn thành',
]);

describe('progress provenance', () => {
  it('says the bundled progress is the sample, and names the bundled file', async () => {
    expect(await fetchProgressProvenance(conn)).toEqual({
      isSample: true,
      source: bundledSource('task_progress'),
    });
  });

  it('is real, from the imported file, once a real progress report is imported', async () => {
    const outcome = await applyImport(conn, await readFiles(conn, [REAL_REPORT]));
    expect(outcome).toMatchObject({ ok: true, replacedSample: true });
    expect(await fetchProgressProvenance(conn)).toEqual({ isSample: false, source: REAL_REPORT.name });
  });

  it('stays the sample when only scores are imported', async () => {
    const scores = csvFile('diem.csv', ['Tỉnh,Năm,Chỉ số,Điểm', 'Đắk Nông,2024,1.1,1.5']);
    expect(await applyImport(conn, await readFiles(conn, [scores]))).toMatchObject({ ok: true });
    expect(await fetchProgressProvenance(conn)).toMatchObject({ isSample: true });
  });
});

describe('every answer to "is this progress sample data?"', () => {
  // The Overview's dimension rows and the briefing's task standing carry the flag too: they must say what the one query says.
  const answers = async () => ({
    provenance: (await fetchProgressProvenance(conn)).isSample,
    dimensionRows: [
      ...new Set((await fetchDimensionStandings(conn, 'P43', 2024)).map((s) => s.progressIsSample)),
    ],
    planTasks: (await fetchPlanTaskStanding(conn, 'P43', 2024))?.isSample,
  });

  it('is sample everywhere for the bundled progress', async () => {
    expect(await answers()).toEqual({ provenance: true, dimensionRows: [true], planTasks: true });
  });

  it('is real everywhere once a real report is imported', async () => {
    expect(await applyImport(conn, await readFiles(conn, [REAL_REPORT]))).toMatchObject({ ok: true });
    expect(await answers()).toEqual({ provenance: false, dimensionRows: [false], planTasks: false });
  });

  it('is not sample anywhere, and names no source, when no progress table is recorded', async () => {
    await conn.query(sql`DELETE FROM datasets WHERE name = 'task_progress'`);
    expect(await fetchProgressProvenance(conn)).toEqual({ isSample: false, source: null });
    expect(await answers()).toEqual({ provenance: false, dimensionRows: [false], planTasks: false });
  });
});
