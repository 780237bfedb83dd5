import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { applyImport } from '../../src/ingest/apply/apply-import';
import { bundledSource } from '../../src/ingest/bundled-file-names';
import { fetchProgressProvenance } from '../../src/queries/progress-provenance';
import { createLoadedConnector } from '../helpers/data-files';
import { csvFile, readFiles, reloadBundledData } from '../ingest/apply/apply-test-support';

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
