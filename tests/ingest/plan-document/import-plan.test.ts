import { describe, expect, it } from 'vitest';
import type { NewImportedFile } from '../../../src/storage/imported-files-store.ts';
import { importAndKeep } from '../../../src/session/import-and-keep.ts';
import { readImportFile } from '../../../src/ingest/read/read-import-file.ts';
import { sql } from '../../../src/db/sql.ts';
import { BUNDLED_CONTEXT } from '../import-test-context.ts';
import {
  checkPlanReview,
  planImportCsv,
  planImportFileName,
} from '../../../src/ingest/plan-document/plan-review.ts';
import { readPastedTable } from '../../../src/ingest/plan-document/read-pasted-table.ts';
import { readPlanDocument } from '../../../src/ingest/plan-document/read-plan-document.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';
import { PLAN_REFERENCE } from './plan-reference.ts';

const PASTED_HTML = `<html><body><!--StartFragment--><table class=MsoTableGrid border=1>
<tr><td><p class=MsoNormal><b>TT</b></p></td><td><p>Chỉ số thành phần</p></td><td><p>Nhiệm vụ</p></td>
<td><p>Cơ quan chủ trì</p></td><td><p>Cơ quan phối hợp</p></td><td><p>Thời hạn</p></td></tr>
<tr><td colspan=6><p><span lang=VI>Chỉ số nội dung Thủ tục hành chính công</span></p></td></tr>
<tr><td>1</td><td>Thủ tục hành chính cấp xã, phường</td><td><p>Niêm yết&nbsp;công khai TTHC</p></td>
<td>Chủ tịch UBND cấp xã</td><td>Chánh Văn phòng UBND tỉnh</td><td>Thường xuyên</td></tr>
</table><!--EndFragment--></body></html>`;

const PASTED_TEXT =
  'TT\tNhiệm vụ\tCơ quan chủ trì\tThời hạn\n1.1\tPhổ biến pháp luật\tChủ tịch UBND cấp xã\tHàng năm\n';

const IDENTITY = {
  plan: '12/KH-UBND',
  issuer: '',
  place: '',
  issuedOn: '2025-05-03',
  provinceCode: 'P17',
  titleVi: '',
  targetYear: 2025,
};

const keepInMemory = (kept: NewImportedFile[]) => async (files: readonly NewImportedFile[]) => {
  kept.push(...files);
  return { ok: true as const, value: files.length };
};

function pastedTasks(html: string, text: string) {
  const reading = readPlanDocument(readPastedTable(html, text), PLAN_REFERENCE);
  if (!reading.ok) throw new Error('no plan');
  return reading.tasks;
}

describe('a plan table pasted from Word or Excel', () => {
  it("reads the clipboard's HTML table (Word's markup, a merged dimension row)", () => {
    expect(pastedTasks(PASTED_HTML, 'ignored')).toMatchObject([
      {
        dimension: '5',
        subdimension: '5.4',
        task: 'Niêm yết công khai TTHC',
        timeframeCode: 'continuous',
        flags: [],
      },
    ]);
  });

  it('falls back to the tab-separated text when the clipboard has no HTML table', () => {
    expect(pastedTasks('', PASTED_TEXT)).toMatchObject([
      { dimension: '1', subdimension: '1.1', subdimensionLabel: 'Tri thức công dân về chính sách hiện hành' },
    ]);
  });
});

describe('importing a reviewed plan', () => {
  it('blocks the import on located problems: no province, a sub-dimension outside its dimension', () => {
    const tasks = pastedTasks('', PASTED_TEXT).map((task) => ({ ...task, dimension: '2' }));
    expect(checkPlanReview({ ...IDENTITY, provinceCode: '' }, tasks, PLAN_REFERENCE.indicators)).toEqual([
      { row: 0, field: 'provinceCode', key: 'required', value: '' },
      { row: 1, field: 'subdimension', key: 'subdimensionOutside', value: '1.1' },
    ]);
  });

  it('goes through the atomic, kept import: the tasks and the plan row are loaded, the kept file reads again as a plan', async () => {
    const conn = await createLoadedConnector();
    const tasks = pastedTasks(PASTED_HTML, '');
    expect(checkPlanReview(IDENTITY, tasks, PLAN_REFERENCE.indicators)).toEqual([]);
    const kept: NewImportedFile[] = [];
    const bytes = new TextEncoder().encode(planImportCsv(IDENTITY, tasks));
    const result = await importAndKeep(
      conn,
      [{ name: planImportFileName(IDENTITY.plan), bytes }],
      keepInMemory(kept),
    );
    expect(result.outcome.ok).toBe(true);
    const rows = await conn.query<{ task_id: string; subdimension: string; executing_agencies: string }>(
      sql`SELECT task_id, subdimension, executing_agencies FROM plan_tasks WHERE plan = ${IDENTITY.plan}`,
    );
    expect(rows).toEqual([
      { task_id: '12-5.4-a', subdimension: '5.4', executing_agencies: 'Chủ tịch UBND cấp xã' },
    ]);
    const plans = await conn.query<{ province_code: string; target_year: number }>(
      sql`SELECT province_code, target_year FROM plans WHERE plan = ${IDENTITY.plan}`,
    );
    expect(plans).toEqual([{ province_code: 'P17', target_year: 2025 }]);
    expect((await conn.query<{ n: number }>(sql`SELECT count(*)::INT AS n FROM plan_tasks`))[0]?.n).toBe(34);
    expect(kept.map((file) => file.name)).toEqual(['ke-hoach-12-KH-UBND.csv']);

    // What is kept is an ordinary plan-tasks file: the next start-up re-reads it like any import.
    const reread = await readImportFile(kept[0] ?? { name: '', bytes: new Uint8Array() }, BUNDLED_CONTEXT);
    expect([reread.kind, reread.rows.length, reread.problems]).toEqual(['plan_tasks', 1, []]);
    await conn.close();
  });
});
